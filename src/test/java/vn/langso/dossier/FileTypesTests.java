package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTypesTests {

	@Test
	void recognisesPdfJpegAndPngByTheirFirstBytes() {
		assertThat(FileTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
		assertThat(FileTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains("image/jpeg");
		assertThat(FileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })).contains("image/png");
	}

	@Test
	void refusesAProgramWhateverItIsCalled() {
		assertThat(FileTypes.detect("MZ\u0090\u0000 this is a windows program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(FileTypes.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(FileTypes.detect(new byte[0])).isEmpty();
	}

}
