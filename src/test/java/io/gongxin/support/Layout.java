package io.gongxin.support;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * What a page's layout looks like in a real browser: whether it is wider than the window,
 * and which result cells are squeezed narrower than about four characters (a phone once
 * showed listings one character per line).
 */
public final class Layout {

	/**
	 * Cells of result tables narrower than four characters (or than their text, when it
	 * is shorter), measured against their own font size.
	 */
	static final String NARROW_CELLS = """
			const narrow = [];
			for (const cell of document.querySelectorAll('main table td, main table th[scope=row]')) {
			  const text = cell.innerText.trim();
			  if (!text || cell.offsetParent === null) continue;
			  const style = getComputedStyle(cell);
			  const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			  const probe = document.createElement('span');
			  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + style.font;
			  probe.textContent = text;
			  document.body.appendChild(probe);
			  const natural = probe.getBoundingClientRect().width;
			  probe.remove();
			  const needed = Math.min(natural, 4 * parseFloat(style.fontSize));
			  if (width + 1 < needed) narrow.push(text.substring(0, 20) + ' (' + Math.round(width) + 'px)');
			}
			return narrow;
			""";

	private Layout() {
	}

	/** How many pixels the page is wider than the window (0 when it fits). */
	public static long overflow(JavascriptExecutor browser) {
		return ((Number) browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.longValue();
	}

	/** The squeezed cells, each as the start of its text and its width. */
	public static List<?> squeezedCells(JavascriptExecutor browser) {
		return (browser.executeScript(NARROW_CELLS) instanceof List<?> cells) ? cells : List.of();
	}

}
