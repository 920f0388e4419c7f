//! How long the last update took, as User Timing measures: DevTools shows
//! them, and `npm run bench` reads them. Each name keeps one entry, the
//! latest, so a long session does not pile them up.

/// The cards, count, ticks and chips, drawn before the frame.
pub(crate) const FRAME: &str = "meetings-widget:frame";
/// The map and the matrix, drawn in the pass after the frame.
pub(crate) const PLACES: &str = "meetings-widget:places";

/// Runs `work`, leaving its duration as the measure `name`.
pub(crate) fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return work() };
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let result = work();
    performance.clear_measures_with_measure_name(name);
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    result
}
