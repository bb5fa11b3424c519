package com.rollkiosk.sensor;

import com.rollkiosk.domain.SensorStatus;

/**
 * The sensor's link as staff diagnostics show it. Texts are as the port or the sketch gave them,
 * null when there has been none.
 *
 * @param status    connected, unreadable (talking without readings), reconnecting or none
 * @param port      the port last connected, e.g. {@code /dev/ttyACM0}
 * @param info      the sketch's latest {@code #} info line
 * @param example   a line from the port that carried no reading, while it is unreadable
 * @param lastError why the link was last lost or ended
 */
public record LinkReport(SensorStatus status, String port, String info, String example, String lastError) {

    public static final LinkReport NONE = new LinkReport(SensorStatus.NONE, null, null, null, null);
}
