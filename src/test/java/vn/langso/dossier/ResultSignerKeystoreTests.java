package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/**
 * The signing key of production: a PKCS#12 file issued by a certification authority, read by every
 * node alike, so e-results signed on any node carry the same certificate and nothing is generated.
 */
class ResultSignerKeystoreTests {

	private static final char[] PASSWORD = "this-deployments-own-keystore-password".toCharArray();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

	@TempDir
	static Path folder;

	static Path keystore;

	static X509Certificate authority;

	static X509Certificate communeCertificate;

	@BeforeAll
	static void anAuthorityIssuesTheCommunesCertificate() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair caKeys = generator.generateKeyPair();
		KeyPair communeKeys = generator.generateKeyPair();
		authority = certificate(new X500Name("CN=Test CA, O=Test Authority, C=VN"), caKeys, new X500Name("CN=Test CA, O=Test Authority, C=VN"), caKeys, true);
		communeCertificate = certificate(new X500Name("CN=Test CA, O=Test Authority, C=VN"), caKeys,
				new X500Name("CN=UBND Xa Binh Hoa, C=VN"), communeKeys, false);
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("99001", communeKeys.getPrivate(), PASSWORD, new X509Certificate[] { communeCertificate, authority });
		keystore = folder.resolve("communes.p12");
		try (OutputStream out = Files.newOutputStream(keystore)) {
			store.store(out, PASSWORD);
		}
	}

	@Test
	void everyNodeSignsWithTheAuthorityIssuedKeyOfTheCommuneAndGeneratesNothing() throws Exception {
		ResultSigner nodeA = signer(folder.resolve("node-a"), new String(PASSWORD), keystore.toString());
		ResultSigner nodeB = signer(folder.resolve("node-b"), new String(PASSWORD), keystore.toString());
		byte[] signedOnA = nodeA.sign(blankPdf(), 1L, "Xã Bình Hòa", "Giấy khai sinh");
		byte[] signedOnB = nodeB.sign(blankPdf(), 1L, "Xã Bình Hòa", "Giấy khai sinh");

		assertThat(nodeA.certificate(1L, "Xã Bình Hòa")).isEqualTo(communeCertificate)
			.isEqualTo(nodeB.certificate(1L, "Xã Bình Hòa"));
		assertThat(communeCertificate.getIssuerX500Principal()).isEqualTo(authority.getSubjectX500Principal());
		assertThat(nodeB.verify(signedOnA, communeCertificate).valid()).isTrue();
		assertThat(nodeA.verify(signedOnB, communeCertificate).valid()).isTrue();
		assertThat(folder.resolve("node-a").resolve("keys")).doesNotExist();
		assertThat(folder.resolve("node-b").resolve("keys")).doesNotExist();
	}

	@Test
	void aWrongPasswordStopsTheStartNamingTheProperties() {
		assertThatThrownBy(() -> signer(folder.resolve("node-c"), "published-demo-password", keystore.toString()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("langso.signing.keystore-file")
			.hasMessageContaining("langso.signing.keystore-password");
	}

	private static ResultSigner signer(Path dataDir, String password, String file) {
		Areas areas = mock(Areas.class);
		when(areas.commune(1L)).thenReturn(new AreaView(1L, "99001", "Xã Bình Hòa", AreaLevel.COMMUNE, 99L, "binh-hoa"));
		return new ResultSigner(dataDir.toString(), password, file, areas, CLOCK);
	}

	private static byte[] blankPdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	private static X509Certificate certificate(X500Name issuer, KeyPair issuerKeys, X500Name subject, KeyPair subjectKeys,
			boolean isAuthority) throws Exception {
		var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
				Date.from(CLOCK.instant().minus(Duration.ofDays(1))), Date.from(CLOCK.instant().plus(Duration.ofDays(365))),
				subject, subjectKeys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isAuthority));
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
	}

}
