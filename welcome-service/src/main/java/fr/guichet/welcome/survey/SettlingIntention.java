package fr.guichet.welcome.survey;

/** Whether the registrant intends to settle in the territory, as they answered after the event. */
public enum SettlingIntention {
    YES, MAYBE, NO
}
