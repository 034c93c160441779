/** Dimensions of each half (needs, offers) of a stored sentence meaning. */
export const SENTENCE_DIMENSIONS = 256;
/** A unit vector's dimensions are stored times this, clipped to a byte. */
export const SENTENCE_SCALE = 96;
