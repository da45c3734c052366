package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * Signs a PDF with a PAdES baseline signature (SubFilter {@code ETSI.CAdES.detached}): a
 * detached CMS over the whole file whose signed attributes are content-type,
 * message-digest, the algorithm protection and the ESS signing-certificate-v2 (SHA-256 of
 * the signer's certificate), and no signing-time, because PAdES puts the time in the
 * signature dictionary's {@code /M}. SHA256withECDSA or SHA256withRSA, by the configured
 * key.
 * <p>
 * The document is signed on its first save: it is written once with a placeholder for the
 * signature, then the byte range and the CMS are filled in place. No second parse, no
 * incremental update.
 */
public final class PdfSigner {

	private static final byte[] BYTE_RANGE_PLACEHOLDER = "[0 1000000000 1000000000 1000000000]"
		.getBytes(StandardCharsets.US_ASCII);

	private final PrivateKey key;

	private final X509Certificate certificate;

	private final Store<?> certificates;

	private final DigestCalculatorProvider digests;

	/**
	 * Signed attributes: the standard ones plus signing-certificate-v2, less
	 * signing-time.
	 */
	private final CMSAttributeTableGenerator padesAttributes;

	/** The certificate parsed once for the signer identifier. */
	private final X509CertificateHolder certificateHolder;

	private final String algorithm;

	/**
	 * Bytes reserved for the CMS: the certificate plus room for the signed attributes and
	 * an ECDSA or RSA (up to 8192 bits) signature.
	 */
	private final int reserved;

	private final byte[] contentsPlaceholder;

	public PdfSigner(PrivateKey key, X509Certificate certificate) {
		this.key = key;
		this.certificate = certificate;
		try {
			this.certificates = new JcaCertStore(List.of(certificate));
			this.digests = new JcaDigestCalculatorProviderBuilder().build();
			this.padesAttributes = padesAttributes(signingCertificateV2(certificate));
			this.certificateHolder = new JcaX509CertificateHolder(certificate);
			this.algorithm = algorithm(key);
			this.reserved = certificate.getEncoded().length + 2048;
			this.contentsPlaceholder = placeholderContents(this.reserved);
		}
		catch (CertificateEncodingException | OperatorCreationException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot prepare the PDF signer", ex);
		}
	}

	/**
	 * Adds the signature to a document that was never saved, writes it and returns the
	 * signed file. Fonts must already be subset: the document is written as it is.
	 */
	public byte[] signOnFirstSave(PDDocument document, Instant at, String reason) {
		try {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName("公信公共信用信息平台");
			signature.setReason(reason);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			signature.setByteRange(new int[] { 0, 1_000_000_000, 1_000_000_000, 1_000_000_000 });
			try (SignatureOptions options = new SignatureOptions()) {
				// addSignature sets /Contents to zeros of this size
				options.setPreferredSignatureSize(this.reserved);
				document.addSignature(signature, options);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
			// no object streams: the signature dictionary must be written as plain text
			// so
			// that its placeholders can be filled in
			new COSWriter(out, CompressParameters.NO_COMPRESSION).write(document);
			return fill(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fills the byte range and the CMS into the placeholders of the written file. */
	private byte[] fill(byte[] pdf) throws IOException {
		int range = indexOf(pdf, BYTE_RANGE_PLACEHOLDER, 0);
		int contents = indexOf(pdf, this.contentsPlaceholder, 0);
		if (range < 0 || contents < 0 || indexOf(pdf, BYTE_RANGE_PLACEHOLDER, range + 1) >= 0) {
			throw new IOException("Signature placeholders not found once in the written PDF");
		}
		int gapStart = contents;
		int gapEnd = contents + this.contentsPlaceholder.length;
		String ranges = "[0 " + gapStart + " " + gapEnd + " " + (pdf.length - gapEnd);
		byte[] filled = (ranges + " ".repeat(BYTE_RANGE_PLACEHOLDER.length - ranges.length() - 1) + "]")
			.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(filled, 0, pdf, range, filled.length);
		byte[] cms = cms(pdf, gapStart, gapEnd);
		if (cms.length > this.reserved) {
			throw new IOException("The signature does not fit the reserved space");
		}
		byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(hex, 0, pdf, gapStart + 1, hex.length);
		return pdf;
	}

	/** The start of the zero-filled {@code /Contents} hex string. */
	private static byte[] placeholderContents(int reserved) {
		byte[] marker = new byte[1 + 2 * reserved + 1];
		java.util.Arrays.fill(marker, (byte) '0');
		marker[0] = '<';
		marker[marker.length - 1] = '>';
		return marker;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * SHA256withECDSA for EC keys (the generated demo key), SHA256withRSA for RSA keys.
	 */
	static String algorithm(PrivateKey key) {
		return "EC".equals(key.getAlgorithm()) || "ECDSA".equals(key.getAlgorithm()) ? "SHA256withECDSA"
				: "SHA256withRSA";
	}

	private byte[] cms(byte[] pdf, int gapStart, int gapEnd) throws IOException {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(this.digests).setSignedAttributeGenerator(this.padesAttributes)
						.build(new JcaContentSignerBuilder(this.algorithm).build(this.key), this.certificateHolder));
			generator.addCertificates(this.certificates);
			return generator.generate(new SignedRanges(pdf, gapStart, gapEnd), false).getEncoded();
		}
		catch (OperatorCreationException | CMSException ex) {
			throw new IOException("CMS signing failed", ex);
		}
	}

	/**
	 * BouncyCastle's standard signed attributes plus signing-certificate-v2, less
	 * signing-time.
	 */
	private static CMSAttributeTableGenerator padesAttributes(Attribute signingCertificateV2) {
		ASN1EncodableVector extra = new ASN1EncodableVector();
		extra.add(signingCertificateV2);
		DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
				new AttributeTable(extra));
		return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
	}

	private static Attribute signingCertificateV2(X509Certificate certificate)
			throws CertificateEncodingException, NoSuchAlgorithmException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		IssuerSerial issuerSerial = new IssuerSerial(
				new GeneralNames(
						new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
				certificate.getSerialNumber());
		// SHA-256 is the default hash algorithm of ESSCertIDv2, so it is left out
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(hash, issuerSerial) })));
	}

	/** The file less the signature's gap, fed to the digest without a copy. */
	private record SignedRanges(byte[] pdf, int gapStart, int gapEnd) implements CMSTypedData {

		@Override
		public ASN1ObjectIdentifier getContentType() {
			return CMSObjectIdentifiers.data;
		}

		@Override
		public void write(java.io.OutputStream out) throws IOException {
			out.write(this.pdf, 0, this.gapStart);
			out.write(this.pdf, this.gapEnd, this.pdf.length - this.gapEnd);
		}

		/** Not null: BouncyCastle skips the digest of content it sees as absent. */
		@Override
		public Object getContent() {
			return this.pdf;
		}

	}

}
