/** Marked on the performance timeline once, when the map's first frame of points is drawn (the benchmark reads it). */
export const FIRST_FRAME_MARK = 'scentmap:first-frame';
