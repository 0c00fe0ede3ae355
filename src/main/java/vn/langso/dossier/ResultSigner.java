package vn.langso.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.langso.identity.Areas;
import vn.langso.shared.VietnameseText;

/**
 * Signs e-results with the commune's key as PAdES (ETSI.CAdES.detached CMS with the signing-certificate
 * attribute) and checks such signatures. In production the keys come from one PKCS#12 file issued by a
 * certification authority ({@code langso.signing.keystore-file}), the same file on every node, so every
 * node signs with the same certificate: the entry whose alias is the commune's code, or the file's only
 * key. Without that file (the embedded demo) a self-signed certificate is generated per commune under
 * {@code <data dir>/keys}, with a warning; where {@code langso.secrets.required=true} (the postgres
 * profile) the application refuses to start without the file and its password (platform's start-up check).
 */
@Component
class ResultSigner {

	private static final Logger log = LoggerFactory.getLogger(ResultSigner.class);

	private final Path keyFolder;

	private final char[] password;

	private final Clock clock;

	private final Map<Long, KeyStore.PrivateKeyEntry> keys = new ConcurrentHashMap<>();

	private final Areas areas;

	/** The authority-issued keys by alias; {@code null} when the demo generates its own. */
	private final Map<String, KeyStore.PrivateKeyEntry> issued;

	ResultSigner(@Value("${langso.data-dir}") String dataDir, @Value("${langso.signing.keystore-password:}") String password,
			@Value("${langso.signing.keystore-file:}") String keystoreFile, Areas areas, Clock clock) {
		this.keyFolder = Path.of(dataDir, "keys");
		this.password = password.toCharArray();
		this.areas = areas;
		this.clock = clock;
		this.issued = keystoreFile.isBlank() ? null : IssuedKeys.load(Path.of(keystoreFile), this.password);
	}

	/** The outcome of checking a signed PDF. */
	record Check(boolean valid, String signerName, String reason) {
	}

	byte[] sign(byte[] pdf, long communeId, String communeName, String reason) {
		KeyStore.PrivateKeyEntry key = keyOf(communeId, communeName);
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(communeName);
			signature.setLocation(communeName);
			signature.setReason(reason);
			Calendar when = Calendar.getInstance();
			when.setTimeInMillis(clock.millis());
			signature.setSignDate(when);
			SignatureOptions options = new SignatureOptions();
			options.setPreferredSignatureSize(16_384);
			document.addSignature(signature, content -> cms(content, key), options);
			document.saveIncremental(out);
			options.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The commune's certificate, generating the demo one when there is none yet. */
	X509Certificate certificate(long communeId, String communeName) {
		return (X509Certificate) keyOf(communeId, communeName).getCertificate();
	}

	/**
	 * Checks every signature of the PDF: the CMS signature over the signed byte ranges, that the ranges
	 * cover the whole file except the signature itself (nothing appended after signing), and that the
	 * signer is the commune's certificate.
	 */
	Check verify(byte[] pdf, X509Certificate expected) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return new Check(false, null, "no signature");
			}
			for (PDSignature signature : signatures) {
				int[] range = signature.getByteRange();
				if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
					return new Check(false, null, "the signed ranges do not cover the file");
				}
				byte[] signedContent = signature.getSignedContent(new ByteArrayInputStream(pdf));
				// the /Contents hex string is zero-padded after the CMS structure: read just the structure
				ContentInfo structure;
				try (ASN1InputStream asn1 = new ASN1InputStream(signature.getContents(pdf))) {
					structure = ContentInfo.getInstance(asn1.readObject());
				}
				CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), structure);
				SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
				X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
					.iterator().next();
				X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
				if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
					return new Check(false, null, "the signature does not match the content");
				}
				if (expected != null && !expected.equals(certificate)) {
					return new Check(false, certificate.getSubjectX500Principal().getName(), "signed by another key");
				}
			}
			return new Check(true, signatures.getFirst().getName(), "valid");
		}
		catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException | RuntimeException ex) {
			return new Check(false, null, "unreadable signature: " + ex);
		}
	}

	private byte[] cms(InputStream content, KeyStore.PrivateKeyEntry key) throws IOException {
		try {
			X509Certificate certificate = (X509Certificate) key.getCertificate();
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			// JcaSignerInfoGeneratorBuilder adds the signing-certificate-v2 attribute PAdES baseline asks for
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivateKey()), certificate));
			// the whole chain up to the authority, so a reader can follow it without fetching anything
			generator.addCertificates(new JcaCertStore(java.util.Arrays.asList(key.getCertificateChain())));
			CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
			return signed.getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException(ex);
		}
	}

	private KeyStore.PrivateKeyEntry keyOf(long communeId, String communeName) {
		if (issued != null) {
			return IssuedKeys.forCommune(issued, areas.commune(communeId).code());
		}
		return keys.computeIfAbsent(communeId, id -> loadOrCreate(id, communeName));
	}

	private synchronized KeyStore.PrivateKeyEntry loadOrCreate(long communeId, String communeName) {
		Path file = keyFolder.resolve("commune-" + communeId + ".p12");
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			if (Files.exists(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					store.load(in, password);
				}
			}
			else {
				log.warn("No langso.signing.keystore-file: generating a SELF-SIGNED demo certificate for {} in {}; "
						+ "e-results signed with it prove nothing outside this demo", communeName, file);
				store.load(null, null);
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048, new SecureRandom());
				KeyPair pair = generator.generateKeyPair();
				X509Certificate certificate = selfSigned(pair, communeName);
				store.setKeyEntry("signing", pair.getPrivate(), password, new X509Certificate[] { certificate });
				Files.createDirectories(keyFolder);
				Path temporary = Files.createTempFile(keyFolder, "key", ".tmp");
				try (OutputStream out = Files.newOutputStream(temporary)) {
					store.store(out, password);
				}
				Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
			return new KeyStore.PrivateKeyEntry((PrivateKey) store.getKey("signing", password),
					store.getCertificateChain("signing"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("cannot prepare the signing key", ex);
		}
	}

	private X509Certificate selfSigned(KeyPair pair, String communeName)
			throws OperatorCreationException, GeneralSecurityException, IOException {
		var name = new X500NameBuilder(BCStyle.INSTANCE)
			.addRDN(BCStyle.CN, "UBND " + communeName + " (chứng thư tự ký, chỉ dùng thử)")
			.addRDN(BCStyle.O, "LangSo demo " + VietnameseText.slug(communeName))
			.addRDN(BCStyle.C, "VN")
			.build();
		Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
		Date to = Date.from(clock.instant().plus(Duration.ofDays(3650)));
		var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()), from, to, name,
				pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
	}

}
