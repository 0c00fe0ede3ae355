package vn.langso.shared;

import org.springframework.boot.ApplicationRunner;

/**
 * A module's demo data loader (the embedded default only). It runs like any ordered
 * {@link ApplicationRunner}, but platform may move all of them, still one after another in their
 * order, to a background thread once the application answers ({@code langso.demo-data.background}),
 * so a fresh demo start is ready before the generated register is written.
 */
public interface DemoData extends ApplicationRunner {
}
