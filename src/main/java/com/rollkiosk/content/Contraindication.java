package com.rollkiosk.content;

/**
 * A condition under which nobody should foam roll.
 *
 * @param id    stable key
 * @param name  the condition's name, e.g. "Osteoporosis"
 * @param gloss a plain explanation, e.g. "Weak, brittle bones"
 */
public record Contraindication(String id, String name, String gloss) {
}
