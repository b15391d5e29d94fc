package org.specloop.contracts.rig;

/** IEC 60034-14 vibration grade: A is the general grade, B the reduced-vibration grade. */
public enum VibrationGrade {
    A,
    B
}
