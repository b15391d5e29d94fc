package org.specloop.loop.motor.vibration;

/** Machine mounting during the IEC 60034-14 measurement: free suspension or rigid. */
public enum Mounting { FREE, RIGID }
