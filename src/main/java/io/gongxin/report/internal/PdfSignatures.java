package io.gongxin.report.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the CMS signature of a PDF over its signed byte ranges, and that the ranges
 * cover the whole file.
 */
public final class PdfSignatures {

	private PdfSignatures() {
	}

	/** Whether the PDF's only signature verifies and covers the whole file. */
	public static boolean valid(byte[] pdf, X509Certificate expected) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.size() != 1) {
				return false;
			}
			PDSignature signature = signatures.get(0);
			int[] range = signature.getByteRange();
			if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
				return false;
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					// the contents are zero-padded to their reserved size: read one
					// object only
					new java.io.ByteArrayInputStream(signature.getContents(pdf)));
			for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
				@SuppressWarnings("unchecked")
				var matches = cms.getCertificates().getMatches(signer.getSID());
				if (matches.isEmpty()) {
					return false;
				}
				X509Certificate certificate = new JcaX509CertificateConverter()
					.getCertificate((X509CertificateHolder) matches.iterator().next());
				if (expected != null && !expected.equals(certificate)) {
					return false;
				}
				if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
					return false;
				}
			}
			return true;
		}
		catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException
				| org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException ex) {
			return false;
		}
	}

}
