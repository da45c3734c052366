package io.gongxin.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Rewrites the ToUnicode maps of the embedded subsets. Noto Sans SC draws, say, 广 and the
 * Kangxi radical ⼴ with one glyph, and PDFBox maps each glyph back to its lowest code
 * point, so copied or extracted text came out as radicals: wrong for search, screen
 * readers and a department that copies a name. The CIDs of PDFBox subsets are the
 * original glyph ids, so the full font's cmap tells every code point of a glyph, and the
 * unified ideograph is preferred.
 */
final class ToUnicodeRepair {

	private ToUnicodeRepair() {
	}

	/**
	 * Repairs the document in place, marking what changed for an incremental save.
	 * @param cmapOf the full font's cmap by PDF font name (regular or bold)
	 */
	static boolean repair(PDDocument document, Function<String, CmapLookup> cmapOf) throws IOException {
		Set<COSBase> seen = new HashSet<>();
		boolean changed = false;
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				if (font instanceof PDType0Font type0 && seen.add(font.getCOSObject())
						&& repair(document, type0, cmapOf.apply(font.getName()))) {
					font.getCOSObject().setNeedToBeUpdated(true);
					resources.getCOSObject().setNeedToBeUpdated(true);
					page.getCOSObject().setNeedToBeUpdated(true);
					changed = true;
				}
			}
		}
		return changed;
	}

	private static boolean repair(PDDocument document, PDType0Font font, CmapLookup cmap) throws IOException {
		COSBase map = font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
		if (cmap == null || !(map instanceof COSStream stream)) {
			return false;
		}
		byte[] cidToGid;
		try (InputStream in = stream.createInputStream()) {
			cidToGid = in.readAllBytes();
		}
		Map<Integer, String> unicode = new TreeMap<>();
		boolean differs = false;
		for (int cid = 1; cid < cidToGid.length / 2; cid++) {
			if (cidToGid[2 * cid] == 0 && cidToGid[2 * cid + 1] == 0) {
				continue;
			}
			String current = font.toUnicode(cid);
			String best = preferred(current, cmap.getCharCodes(cid));
			if (best != null) {
				unicode.put(cid, best);
				differs |= !best.equals(current);
			}
		}
		if (!differs) {
			return false;
		}
		COSStream toUnicode = document.getDocument().createCOSStream();
		try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(cmapText(unicode).getBytes(StandardCharsets.US_ASCII));
		}
		font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
		return true;
	}

	private static String preferred(String current, List<Integer> codes) {
		if (current != null && current.codePointCount(0, current.length()) == 1 && unified(current.codePointAt(0))) {
			return current;
		}
		if (codes != null) {
			for (int code : codes) {
				if (unified(code)) {
					return new String(Character.toChars(code));
				}
			}
		}
		return current;
	}

	private static boolean unified(int cp) {
		return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x3FFFF);
	}

	private static String cmapText(Map<Integer, String> unicode) {
		StringBuilder s = new StringBuilder(unicode.size() * 20 + 400);
		s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		var entries = List.copyOf(unicode.entrySet());
		for (int start = 0; start < entries.size(); start += 100) {
			var block = entries.subList(start, Math.min(entries.size(), start + 100));
			s.append(block.size()).append(" beginbfchar\n");
			for (var e : block) {
				s.append(String.format("<%04X> <", e.getKey()));
				for (byte b : e.getValue().getBytes(StandardCharsets.UTF_16BE)) {
					s.append(String.format("%02X", b & 0xFF));
				}
				s.append(">\n");
			}
			s.append("endbfchar\n");
		}
		s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return s.toString();
	}

}
