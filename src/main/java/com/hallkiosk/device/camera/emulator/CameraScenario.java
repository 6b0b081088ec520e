package com.hallkiosk.device.camera.emulator;

/**
 * What the emulated camera films, for tests and the demo. Who is filmed is the {@link EmulatedCamera}'s face;
 * "another person" is {@link #LIVE_PERSON} with someone else's face than the ID card's.
 */
public enum CameraScenario {
    /** A person who does what each prompt asks: blinks, turns, moves the mouth reading digits. */
    LIVE_PERSON,
    /** A photo of the person held up: it never blinks, and when "turned" the whole picture moves, not the features. */
    PHOTO_HELD_UP,
    /** A plain wall: nobody in front of the camera. */
    NO_FACE,
    /** Black frames: the lens covered or the light off. */
    DARK,
    /** A live person, but the camera's cable is pulled after {@link EmulatedCamera#UNPLUG_AFTER_FRAMES} frames. */
    UNPLUGGED_MID_SESSION
}
