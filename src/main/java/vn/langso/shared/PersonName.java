package vn.langso.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's full name as forms accept it: required, at most 120 characters, and only letters (with
 * their Vietnamese marks), spaces and . ' - so that markup can never be stored as a name.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@NotBlank(message = "{validation.fullName.required}")
@Size(max = 120, message = "{validation.fullName.size}")
@Pattern(regexp = "^[\\p{L}][\\p{L}\\p{M} .'-]*$", message = "{validation.fullName.letters}")
public @interface PersonName {

	String message() default "{validation.fullName.letters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
