package io.gongxin.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.PdfRenderer;
import io.gongxin.report.ReportType;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.report.internal.ReportContent.CheckFinding;
import io.gongxin.report.internal.ReportContent.DomainFinding;
import io.gongxin.report.internal.ReportContent.Entry;
import io.gongxin.report.internal.ReportContent.Section;
import io.gongxin.report.internal.ReportContent.SubjectInfo;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF pipeline with the application's fonts and keys, on hand-made content: render,
 * sign, and read back. An integration test so that the parsed fonts live in failsafe's
 * JVM, not next to the unit tests that measure their heap.
 */
@GongxinIntegrationTest
class ReportPdfIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

	@Autowired
	PdfRenderer rendering;

	@Autowired
	ReportKeys keys;

	static ReportContent organisation(String name) {
		String url = "https://credit.example.cn/verify/20261125100000ABCD1234";
		Entry penalty = new Entry("穗市监罚〔2026〕101号", LocalDate.of(2026, 3, 1), "广州市市场监督管理局", "罚款人民币2.5万元", "GZ-SCJGJ",
				"0f8fad5b-d9cb-469f-a165-70867728950e", 1, LocalDate.of(2027, 3, 1), true);
		return new ReportContent("20261125100000ABCD1234", ReportType.ORGANISATION,
				new SubjectInfo(name, "91440101MA5UPLD1XX", "企业", "王小明", "存续", LocalDate.of(2015, 5, 1), "广州市市场监督管理局"),
				AT, AT, "窗口受理，由信用工作人员出具", url, QrCodes.pngDataUri(url),
				List.of(new Section("XZCF", "行政处罚信息", List.of(penalty)), new Section("XZXK", "行政许可信息", List.of())),
				null, null, List.of());
	}

	byte[] signed(ReportContent content) {
		PdfSigner signer = new PdfSigner(this.keys.signingKey(), this.keys.certificate());
		return this.rendering.render(
				new ReportHtml(this.rendering::hasGlyph, this.rendering::fallbackHasGlyph, ZONE).render(content),
				document -> signer.signOnFirstSave(document, AT, "test"));
	}

	@Test
	void chineseTextExtractsAndTheFontIsEmbedded() throws Exception {
		byte[] pdf = signed(organisation("广州上传一号有限公司"));
		String text = ReportPdfs.text(pdf);
		assertThat(text.replaceAll("\\s+", "")).contains("法人和非法人组织公共信用信息报告")
			.contains("广州上传一号有限公司")
			.contains("穗市监罚〔2026〕101号")
			.contains("查询期内无相关信息")
			.contains("报告编号20261125100000ABCD1234");
		assertThat(text).as("page numbers").contains("第 1 页 / 共");
		assertThat(ReportPdfs.fonts(pdf)).isNotEmpty()
			.allMatch(f -> f.contains("NotoSansSC") && f.endsWith(" embedded"));
	}

	@Test
	void theSignatureValidatesAndATamperedByteFailsIt() throws Exception {
		byte[] pdf = signed(organisation("广州签名测试有限公司"));
		assertThat(PdfSignatures.valid(pdf, this.keys.certificate())).isTrue();
		byte[] tampered = pdf.clone();
		int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
		tampered[at + 1] = (byte) (tampered[at + 1] ^ 0x01);
		assertThat(PdfSignatures.valid(tampered, this.keys.certificate())).isFalse();
		byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 1);
		assertThat(PdfSignatures.valid(appended, this.keys.certificate())).isFalse();
	}

	@Test
	void theSignatureIsAPadesBaselineSignature() throws Exception {
		byte[] pdf = signed(organisation("广州长期签名测试有限公司"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getSignatureDictionaries().get(0);
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
			assertThat(signature.getSignDate().toInstant()).isEqualTo(AT);
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					new java.io.ByteArrayInputStream(signature.getContents(pdf)));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			AttributeTable signed = signer.getSignedAttributes();
			Attribute certificateV2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
			assertThat(certificateV2).as("ESS signing-certificate-v2").isNotNull();
			byte[] certificateHash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(this.keys.certificate().getEncoded());
			assertThat(SigningCertificateV2.getInstance(certificateV2.getAttrValues().getObjectAt(0)).getCerts()[0]
				.getCertHash()).isEqualTo(certificateHash);
			assertThat(signed.get(CMSAttributes.signingTime)).as("no signing-time in the CMS").isNull();
			assertThat(signed.get(CMSAttributes.messageDigest)).isNotNull();
		}
		assertThat(PdfSignatures.valid(pdf, this.keys.certificate())).isTrue();
	}

	@Test
	void theQrCodeDecodesToTheVerificationUrl() throws Exception {
		byte[] pdf = signed(organisation("广州二维码测试有限公司"));
		assertThat(ReportPdfs.qr(pdf)).isEqualTo("https://credit.example.cn/verify/20261125100000ABCD1234");
	}

	@Test
	void anExtensionBCharacterOfTheFallbackFontIsDrawnAndExtracts() throws Exception {
		int rare = 0x20021;
		assertThat(this.rendering.hasGlyph(rare)).isFalse();
		assertThat(this.rendering.fallbackHasGlyph(rare)).isTrue();
		String name = "广州" + new String(Character.toChars(rare)) + "记有限公司";
		byte[] pdf = signed(organisation(name));
		assertThat(ReportPdfs.text(pdf)).contains(name).doesNotContain("缺字");
		assertThat(ReportPdfs.fonts(pdf)).anyMatch(f -> f.contains("NotoSansHK") && f.endsWith(" embedded"))
			.allMatch(f -> f.endsWith(" embedded"));
		assertThat(PdfSignatures.valid(pdf, this.keys.certificate())).isTrue();
	}

	@Test
	void aCharacterMissingFromTheFontIsMarkedNotDropped() throws Exception {
		assertThat(this.rendering.hasGlyph("鑫".codePointAt(0))).isTrue();
		assertThat(this.rendering.hasGlyph(0x2A6D6)).isFalse();
		assertThat(this.rendering.fallbackHasGlyph(0x2A6D6)).isFalse();
		String name = "广州" + new String(Character.toChars(0x2A6D6)) + "鑫有限公司";
		String text = ReportPdfs.text(signed(organisation(name)));
		assertThat(text).contains("[缺字 U+2A6D6]").contains("鑫有限公司");
	}

	@Test
	void theNoViolationReportStatesEachDomainInReliableWording() throws Exception {
		ReportContent base = organisation("广州无违规测试有限公司");
		List<CheckFinding> clean = List.of(new CheckFinding("行政处罚（含简易程序作出的行政处罚）", true, List.of()),
				new CheckFinding("刑事裁判（犯罪记录）", false, List.of()));
		List<CheckFinding> dirty = List.of(new CheckFinding("行政处罚（含简易程序作出的行政处罚）", true, List.of("粤环罚〔2026〕7号")),
				new CheckFinding("刑事裁判（犯罪记录）", false, List.of()));
		ReportContent content = new ReportContent(base.number(), ReportType.NO_VIOLATION, base.subject(), AT, AT,
				base.channel(), base.verifyUrl(), base.qrDataUri(), List.of(), LocalDate.of(2023, 11, 26),
				LocalDate.of(2026, 11, 25),
				List.of(new DomainFinding("SCJG", "市场监管", clean), new DomainFinding("STHJ", "生态环境", dirty)));
		String text = ReportPdfs.text(signed(content)).replaceAll("\\s+", "");
		assertThat(text).contains("公共信用信息报告（无违法违规证明版）")
			.contains("2023年11月26日至2026年11月25日")
			.contains("在市场监管领域未发现行政处罚（含简易程序作出的行政处罚）记录")
			.contains("在生态环境领域存在上表所列记录")
			.contains("粤环罚〔2026〕7号")
			.contains("本平台未归集该类信息，本项不作证明");
	}

}
