package org.specloop.loop.motor.vibration;

/** Vibration grades of IEC 60034-14: A for normal requirements, B for special (tighter). */
public enum VibrationGrade { A, B }
