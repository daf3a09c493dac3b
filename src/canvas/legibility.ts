/**
 * What "readable" means on the canvas, in one place. A card's title is drawn at CARD_TITLE_PX
 * (NodeCard, `text-sm`) and scaled by the zoom; the room can read it from LEGIBLE_TITLE_PX on
 * screen. Fitting the view never zooms out further than that (readable-view.ts); the end-to-end
 * tests measure the titles' font size × zoom in the page against the same number.
 */
export const LEGIBLE_TITLE_PX = 12;
/** The title's font size at full detail (zoom ≥ DETAIL_ZOOM), in journey pixels. */
export const CARD_TITLE_PX = 14;
/** The smallest zoom at which card titles are legible. */
export const READABLE_ZOOM = LEGIBLE_TITLE_PX / CARD_TITLE_PX;
/** Fitting never magnifies past 100 %: a small journey is shown at its natural size. */
export const FIT_MAX_ZOOM = 1;
/** Screen pixels kept clear around what a fit shows. */
export const FIT_PADDING_PX = 40;
