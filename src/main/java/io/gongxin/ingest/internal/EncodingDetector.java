package io.gongxin.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a CSV file is UTF-8 or GBK (read as GB18030, its superset), line by line,
 * in one streaming pass. Departments export from systems of every age: a file that mixes
 * both is refused with the first line of each, rather than turned into mojibake.
 */
final class EncodingDetector {

	static final Charset GBK = Charset.forName("GB18030");

	private EncodingDetector() {
	}

	record Detection(Charset charset, boolean bom, String label) {
	}

	static Detection detect(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			in.mark(4);
			byte[] head = in.readNBytes(3);
			in.reset();
			if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
					|| (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
				throw new IntakeException("GX-ING-004",
						"UTF-16 files are not accepted; save the file as UTF-8 or GBK.");
			}
			boolean bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB
					&& head[2] == (byte) 0xBF;
			CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			CharsetDecoder gbk = GBK.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			long firstUtf8Line = 0;
			long firstGbkLine = 0;
			long line = 1;
			ByteArray current = new ByteArray();
			byte[] chunk = new byte[1 << 16];
			int read;
			boolean end = false;
			while (!end) {
				read = in.read(chunk);
				end = read < 0;
				int length = end ? 1 : read;
				for (int i = 0; i < length; i++) {
					boolean lineEnd = end || chunk[i] == '\n';
					if (!lineEnd) {
						current.add(chunk[i]);
						continue;
					}
					if (current.nonAscii) {
						if (decodes(utf8, current)) {
							firstUtf8Line = (firstUtf8Line == 0) ? line : firstUtf8Line;
						}
						else if (decodes(gbk, current)) {
							firstGbkLine = (firstGbkLine == 0) ? line : firstGbkLine;
						}
						else {
							throw new IntakeException("GX-ING-004",
									"Line " + line + " is neither valid UTF-8 nor GBK text.");
						}
						if (firstUtf8Line > 0 && firstGbkLine > 0) {
							throw new IntakeException("GX-ING-004", "The file mixes encodings: line " + firstUtf8Line
									+ " is UTF-8, line " + firstGbkLine + " is GBK. Save it in one encoding.");
						}
					}
					current.reset();
					line++;
				}
			}
			if (firstGbkLine > 0) {
				return new Detection(GBK, false, "GBK");
			}
			return new Detection(StandardCharsets.UTF_8, bom, bom ? "UTF-8 (BOM)" : "UTF-8");
		}
	}

	private static boolean decodes(CharsetDecoder decoder, ByteArray bytes) {
		decoder.reset();
		try {
			CharBuffer ignored = decoder.decode(ByteBuffer.wrap(bytes.bytes, 0, bytes.size));
			return ignored != null;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** A growable line buffer that remembers whether the line has any non-ASCII byte. */
	private static final class ByteArray {

		byte[] bytes = new byte[256];

		int size;

		boolean nonAscii;

		void add(byte b) {
			if (this.size == this.bytes.length) {
				if (this.size >= 64 * 1024 * 1024) {
					throw new IntakeException("GX-ING-005",
							"A line is longer than 64 MB; the file is not a CSV table.");
				}
				this.bytes = java.util.Arrays.copyOf(this.bytes, this.size * 2);
			}
			this.bytes[this.size++] = b;
			this.nonAscii |= b < 0;
		}

		void reset() {
			this.size = 0;
			this.nonAscii = false;
		}

	}

}
