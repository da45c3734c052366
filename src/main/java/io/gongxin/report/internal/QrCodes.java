package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * QR codes as PNG data URIs for the report's cover. ZXing computes the modules; the PNG
 * (1-bit grey, 4 pixels a module, a quiet zone of 2 modules) is written directly, which
 * costs a tenth of going through a BufferedImage and ImageIO.
 */
public final class QrCodes {

	static final int SCALE = 4;

	static final int QUIET = 2;

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private QrCodes() {
	}

	public static String pngDataUri(String text) {
		try {
			// an ASCII URL: ZXing's default ISO-8859-1 mode, no ECI segment
			ByteMatrix modules = Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(modules));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
	}

	static byte[] png(ByteMatrix modules) {
		int size = (modules.getWidth() + 2 * QUIET) * SCALE;
		int rowBytes = (size + 7) / 8;
		byte[] raw = new byte[size * (rowBytes + 1)];
		for (int y = 0; y < size; y++) {
			int row = y * (rowBytes + 1);
			// filter type 0, then the row: a set bit is white
			for (int x = 0; x < size; x++) {
				int mx = x / SCALE - QUIET;
				int my = y / SCALE - QUIET;
				boolean dark = mx >= 0 && my >= 0 && mx < modules.getWidth() && my < modules.getHeight()
						&& modules.get(mx, my) == 1;
				if (!dark) {
					raw[row + 1 + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
				}
			}
			for (int pad = size; pad < rowBytes * 8; pad++) {
				raw[row + 1 + (pad >> 3)] |= (byte) (0x80 >>> (pad & 7));
			}
		}
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		deflater.setInput(raw);
		deflater.finish();
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(raw.length / 4 + 64);
		byte[] buffer = new byte[4096];
		while (!deflater.finished()) {
			compressed.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.size() + 64);
		out.writeBytes(SIGNATURE);
		// IHDR: width, height, bit depth 1, colour type 0 (grey), deflate, filter 0,
		// no interlace
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(size).putInt(size).put(new byte[] { 1, 0, 0, 0, 0 }).array());
		chunk(out, "IDAT", compressed.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
