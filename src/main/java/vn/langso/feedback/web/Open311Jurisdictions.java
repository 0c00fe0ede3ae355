package vn.langso.feedback.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.NotFoundException;

/**
 * Open311's jurisdiction is a commune, named by its URL slug ({@code jurisdiction_id}); without one,
 * the configured default commune. Also where this server's Open311 and public pages are.
 */
@Component
class Open311Jurisdictions {

	private final Areas areas;

	private final String defaultJurisdiction;

	Open311Jurisdictions(Areas areas,
			@Value("${langso.feedback.open311.default-jurisdiction:binh-hoa}") String defaultJurisdiction) {
		this.areas = areas;
		this.defaultJurisdiction = defaultJurisdiction;
	}

	AreaView jurisdiction(String slug) {
		String wanted = Open311Params.blank(slug) ? defaultJurisdiction : slug.trim();
		try {
			return areas.communeBySlug(wanted);
		}
		catch (NotFoundException ex) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "jurisdiction_id " + wanted + " not found");
		}
	}

	AreaView commune(long communeId) {
		return areas.commune(communeId);
	}

	List<AreaView> villages(AreaView commune) {
		return areas.childrenOf(commune.id()).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
	}

	/** Scheme, host, port and context path of this request: where public pages and photos are. */
	static String site(HttpServletRequest request) {
		String port = (request.getServerPort() == 80 || request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
		return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
	}

	static String base(HttpServletRequest request) {
		return site(request) + "/open311/v2";
	}

}
