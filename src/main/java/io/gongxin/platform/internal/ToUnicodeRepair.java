package io.gongxin.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Rewrites the ToUnicode maps of the embedded subsets. Noto Sans SC draws, say, 广 and the
 * Kangxi radical ⼴ with one glyph, and PDFBox maps each glyph back to its lowest code
 * point, so copied or extracted text came out as radicals: wrong for search, screen
 * readers and a department that copies a name. The CIDs of PDFBox subsets are the
 * original glyph ids, so the full font's cmap tells every code point of a glyph, and the
 * unified ideograph is preferred.
 */
public final class ToUnicodeRepair {

	private ToUnicodeRepair() {
	}

	/**
	 * Replaces the ToUnicode map of a font just subset: each glyph maps to a unified
	 * ideograph where the full font's cmap has one, else to its lowest code point (what
	 * PDFBox writes).
	 * @param cmap the full font's Unicode cmap
	 */
	public static void repair(PDDocument document, PDType0Font font, CmapLookup cmap) throws IOException {
		COSBase map = font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
		if (!(map instanceof COSStream stream)) {
			return;
		}
		byte[] cidToGid;
		try (InputStream in = stream.createInputStream()) {
			cidToGid = in.readAllBytes();
		}
		Map<Integer, String> unicode = new TreeMap<>();
		for (int cid = 1; cid < cidToGid.length / 2; cid++) {
			if (cidToGid[2 * cid] == 0 && cidToGid[2 * cid + 1] == 0) {
				continue;
			}
			String best = preferred(cmap.getCharCodes(cid));
			if (best != null) {
				unicode.put(cid, best);
			}
		}
		COSStream toUnicode = document.getDocument().createCOSStream();
		try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(cmapText(unicode).getBytes(StandardCharsets.US_ASCII));
		}
		font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
	}

	private static String preferred(List<Integer> codes) {
		if (codes == null || codes.isEmpty()) {
			return null;
		}
		for (int code : codes) {
			if (unified(code)) {
				return new String(Character.toChars(code));
			}
		}
		return new String(Character.toChars(codes.get(0)));
	}

	private static boolean unified(int cp) {
		return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x3FFFF);
	}

	private static void hex4(StringBuilder s, int value) {
		s.append(HEX[(value >> 12) & 0xF])
			.append(HEX[(value >> 8) & 0xF])
			.append(HEX[(value >> 4) & 0xF])
			.append(HEX[value & 0xF]);
	}

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
				s.append('<');
				hex4(s, e.getKey());
				s.append("> <");
				String value = e.getValue();
				for (int i = 0; i < value.length(); i++) {
					hex4(s, value.charAt(i));
				}
				s.append(">\n");
			}
			s.append("endbfchar\n");
		}
		s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return s.toString();
	}

}
