package vn.langso.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/** The categories of reports each commune configures (roads, lighting, waste, …): Open311's services. */
@Service
@Transactional
public class ReportCategories {

	private final CategoryRepository categories;

	private final CommuneAccess access;

	private final AuditLog audit;

	ReportCategories(CategoryRepository categories, CommuneAccess access, AuditLog audit) {
		this.categories = categories;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CategoryView> categories(long communeId, boolean activeOnly) {
		return categories.findByCommuneIdOrderBySortOrderAscNameAsc(communeId).stream()
			.filter(c -> !activeOnly || c.active())
			.map(Category::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CategoryView> categoryByCode(long communeId, String code) {
		return categories.findByCommuneIdAndCode(communeId, code).map(Category::view);
	}

	public CategoryView saveCategory(CurrentUser admin, long communeId, Long categoryId, CategoryForm form) {
		access.require(admin, communeId);
		if (!admin.hasAny(Role.ADMINISTRATOR, Role.COMMUNE_LEADER)) {
			throw new ForbiddenException("categories");
		}
		Category category;
		if (categoryId == null) {
			if (categories.findByCommuneIdAndCode(communeId, form.code()).isPresent()) {
				throw new FeedbackFailure("code", "feedback.validation.codeTaken");
			}
			category = new Category(communeId, form.code());
		}
		else {
			category = categories.findById(categoryId).filter(c -> c.communeId() == communeId)
				.orElseThrow(() -> new NotFoundException("category"));
		}
		CategoryView saved = categories.save(category.update(form)).view();
		audit.record(admin, communeId, "FEEDBACK_CATEGORY_SAVED", "feedback-category", String.valueOf(saved.id()), saved.code());
		return saved;
	}

	/** An active category of the commune, or the field error a form shows. */
	Category active(long communeId, Long categoryId) {
		if (categoryId == null) {
			throw new FeedbackFailure("categoryId", "feedback.validation.category");
		}
		return categories.findById(categoryId).filter(c -> c.communeId() == communeId && c.active())
			.orElseThrow(() -> new FeedbackFailure("categoryId", "feedback.validation.category"));
	}

}
