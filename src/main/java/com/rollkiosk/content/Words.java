package com.rollkiosk.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a text in the content files may hold, beside being present and not empty: how long it may
 * be so it fits its place on screen, and which placeholders it must use, e.g. {@code {seconds}},
 * which the kiosk fills in. Read by {@link TextRules} from the content records.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Words {

    /** Longest text that fits its place on screen, in characters; 0 for no limit. */
    int max() default 0;

    /** Placeholders the text must contain, by name without braces; no others are allowed. */
    String[] needs() default {};
}
