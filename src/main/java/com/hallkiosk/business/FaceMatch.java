package com.hallkiosk.business;

/**
 * The central's answer to a face comparison: whether the face is the person's, with the similarity (0 to 100)
 * and the threshold it was held against, so that the kiosk's journal can say how close a refusal was.
 */
public record FaceMatch(boolean matched, int similarity, int threshold) {
}
