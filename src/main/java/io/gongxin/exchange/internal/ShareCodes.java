package io.gongxin.exchange.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * Reads a code list as departments have it: typed one per line, or a CSV export with a
 * header and other columns (names, notes). From each line the cells that look like a code
 * are taken; a line with none is reported as it is (so nothing is dropped silently),
 * except a first line without any, which is the header.
 */
public final class ShareCodes {

	/** Larger than 10,000 lines of a wide export, far smaller than anything harmful. */
	public static final int MAX_BYTES = 4 * 1024 * 1024;

	private static final Pattern CELLS = Pattern.compile("[,;\t，；]");

	/** Letters, digits and the separators people type inside a code. */
	private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Za-z０-９Ａ-Ｚａ-ｚ \\-]{15,24}");

	private ShareCodes() {
	}

	/** The codes of an uploaded file, which must be UTF-8 text (with or without BOM). */
	public static List<String> parse(byte[] upload) {
		if (upload == null || upload.length == 0) {
			return List.of();
		}
		if (upload.length > MAX_BYTES) {
			throw unreadable("The list is larger than " + MAX_BYTES + " bytes.");
		}
		try {
			return parse(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(upload))
				.toString());
		}
		catch (CharacterCodingException ex) {
			throw unreadable("The list is not UTF-8 text (save the spreadsheet as CSV UTF-8).");
		}
	}

	public static List<String> parse(String text) {
		List<String> codes = new ArrayList<>();
		if (text == null) {
			return codes;
		}
		if (text.length() > MAX_BYTES) {
			throw unreadable("The list is longer than " + MAX_BYTES + " characters.");
		}
		String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n");
		for (int i = 0; i < lines.length; i++) {
			List<String> cells = new ArrayList<>();
			for (String cell : CELLS.split(lines[i])) {
				String value = cell.strip().replace("\"", "").strip();
				if (!value.isEmpty()) {
					cells.add(value);
				}
			}
			List<String> found = cells.stream().filter(cell -> CODE_LIKE.matcher(cell).matches()).toList();
			if (!found.isEmpty()) {
				codes.addAll(found);
			}
			else if (!cells.isEmpty() && i > 0) {
				codes.add(cells.get(0));
			}
			else if (!cells.isEmpty() && cells.stream().anyMatch(cell -> cell.chars().anyMatch(Character::isDigit))) {
				// a first line with digits is no header: report it rather than skip it
				codes.add(cells.get(0));
			}
		}
		return codes;
	}

	private static DomainException unreadable(String message) {
		return new DomainException("GX-EXC-036", ProblemKind.BAD_REQUEST, message, Map.of());
	}

}
