package fr.guichet.cases.aid;

/** Where a selected aid stands, from its selection to its last payment or repayment. */
public enum AidStatus {
    SELECTED, FILED, SIGNED, PAID, ENDED, REPAID, REFUSED
}
