package fr.guichet.desk.exchange;

import java.text.NumberFormat;

import fr.guichet.desk.page.French;

/** File sizes in French units: 820 octets, 35 Ko, 2,4 Mo (1 Ko = 1 024 octets, as the API counts its 10 MB). */
final class FileSizes {

    private static final long KILO = 1024;
    private static final long MEGA = KILO * KILO;

    private FileSizes() {
    }

    static String french(long bytes) {
        if (bytes < KILO) {
            return bytes + (bytes > 1 ? " octets" : " octet");
        }
        if (bytes < MEGA) {
            return oneDecimal(bytes / (double) KILO) + " Ko";
        }
        return oneDecimal(bytes / (double) MEGA) + " Mo";
    }

    private static String oneDecimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(French.LOCALE);
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value);
    }
}
