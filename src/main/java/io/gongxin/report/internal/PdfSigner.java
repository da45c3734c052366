package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF with a detached CMS signature (adbe.pkcs7.detached) over the whole file
 * (SHA256withECDSA or SHA256withRSA, by the configured key), so any PDF viewer can check
 * it.
 */
public final class PdfSigner {

	private final PrivateKey key;

	private final X509Certificate certificate;

	public PdfSigner(PrivateKey key, X509Certificate certificate) {
		this.key = key;
		this.certificate = certificate;
	}

	public byte[] sign(byte[] pdf, Instant at, String reason) {
		return sign(pdf, at, reason, document -> {
		});
	}

	/**
	 * @param prepare last changes to the document, saved with the signature
	 */
	public byte[] sign(byte[] pdf, Instant at, String reason, Consumer<PDDocument> prepare) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			prepare.accept(document);
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
			signature.setName("公信公共信用信息平台");
			signature.setReason(reason);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
				document.addSignature(signature, content -> cms(content.readAllBytes()), options);
				document.saveIncremental(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * SHA256withECDSA for EC keys (the generated demo key), SHA256withRSA for RSA keys.
	 */
	static String algorithm(PrivateKey key) {
		return "EC".equals(key.getAlgorithm()) || "ECDSA".equals(key.getAlgorithm()) ? "SHA256withECDSA"
				: "SHA256withRSA";
	}

	private byte[] cms(byte[] content) throws IOException {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.build(new JcaContentSignerBuilder(algorithm(this.key)).build(this.key), this.certificate));
			generator.addCertificates(new JcaCertStore(List.of(this.certificate)));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (OperatorCreationException | CMSException | java.security.cert.CertificateEncodingException ex) {
			throw new IOException("CMS signing failed", ex);
		}
	}

}
