package io.gongxin.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body with one part named {@code file}, as a department's upload
 * form sends it to the intake.
 *
 * @param contentType the request's Content-Type, boundary included
 * @param body the bytes to send
 */
public record Multipart(String contentType, byte[] body) {

	/** The file with a boundary of its own. */
	public static Multipart file(String fileName, String partType, byte[] content) {
		return file("gx" + UUID.randomUUID(), fileName, partType, content);
	}

	/**
	 * The file with the given boundary (a seeded suite keeps its requests repeatable).
	 */
	public static Multipart file(String boundary, String fileName, String partType, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + partType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	public HttpRequest.BodyPublisher publisher() {
		return HttpRequest.BodyPublishers.ofByteArray(this.body);
	}

}
