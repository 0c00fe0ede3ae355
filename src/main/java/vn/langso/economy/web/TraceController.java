package vn.langso.economy.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.economy.DigitalLink;
import vn.langso.economy.Marketplace;
import vn.langso.economy.TracePages;
import vn.langso.economy.TraceView;
import vn.langso.shared.QrImages;

/**
 * The public trace page, served at the GS1 Digital Link path a label's QR code carries:
 * {@code /01/{gtin}/10/{lot}}. A malformed link is a 400 page, an unknown batch a 404. The page is the same
 * for everyone (the {@code /01/} chain is stateless: nobody is signed in there), so it is rendered once per
 * batch and language, kept gzipped in {@link TracePages}, and answered with a weak ETag: a phone that
 * already has it gets a 304.
 */
@Controller
class TraceController {

	private final Marketplace marketplace;

	private final TracePages pages;

	private final ViewResolver views;

	TraceController(Marketplace marketplace, TracePages pages, @Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.marketplace = marketplace;
		this.pages = pages;
		this.views = views;
	}

	@GetMapping("/01/{gtin}/10/{lot}")
	void trace(@PathVariable String gtin, @PathVariable String lot, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		DigitalLink link = new DigitalLink(gtin, lot);
		String key = link.path() + "|" + locale.getLanguage();
		TracePages.Page page = pages.get(key).orElse(null);
		if (page == null) {
			long generation = pages.generation();
			TraceView trace = marketplace.trace(link);
			model.addAttribute("trace", trace);
			View view = views.resolveViewName("economy/trace", locale);
			Buffered buffer = new Buffered(response);
			view.render(model.asMap(), request, buffer);
			page = pages.put(key, generation, trace, buffer.bytes(), buffer.getContentType());
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType() == null ? "text/html;charset=UTF-8" : page.contentType());
		byte[] body = page.gzip();
		if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		else {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				body = in.readAllBytes();
			}
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String bare = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals(bare)) {
				return true;
			}
		}
		return false;
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.strip().split(";");
			if (parts[0].strip().equals("gzip")) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	@GetMapping(value = "/01/{gtin}/10/{lot}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String gtin, @PathVariable String lot) {
		DigitalLink link = new DigitalLink(gtin, lot);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
			.body(QrImages.png(base + link.path(), 300));
	}

	/** Collects what the view writes, so the page can be kept; headers the view sets stay off the real response. */
	private static final class Buffered extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);

		private String contentType;

		private PrintWriter writer;

		private ServletOutputStream stream;

		Buffered(HttpServletResponse response) {
			super(response);
		}

		byte[] bytes() {
			if (writer != null) {
				writer.flush();
			}
			return bytes.toByteArray();
		}

		@Override
		public void setContentType(String type) {
			this.contentType = type;
		}

		@Override
		public String getContentType() {
			return contentType;
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public String getCharacterEncoding() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void flushBuffer() {
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		@Override
		public PrintWriter getWriter() {
			if (writer == null) {
				writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
			}
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (stream == null) {
				stream = new ServletOutputStream() {
					@Override
					public void write(int b) {
						bytes.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) {
						bytes.write(b, off, len);
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
					}
				};
			}
			return stream;
		}

	}

}
