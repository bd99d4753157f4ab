package org.openrcm.claims.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.openrcm.events.common.Npi;

/** A National Provider Identifier: ten digits with a valid check digit. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = ValidNpi.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNpi {

    String message() default "must be a 10-digit NPI with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with the NPI's own Luhn rule. */
    class Validator implements ConstraintValidator<ValidNpi, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Npi.isValid(value);
        }
    }
}
