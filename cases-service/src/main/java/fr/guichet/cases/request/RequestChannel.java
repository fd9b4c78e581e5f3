package fr.guichet.cases.request;

import fr.guichet.cases.casefile.ProjectTerms.Channel;

/** How a quick request reached the guichet. */
public enum RequestChannel {
    PHONE(Channel.PHONE),
    EMAIL(Channel.EMAIL),
    WEB_FORM(Channel.WEB),
    EVENT(Channel.EVENT),
    // met in person, as at an event: the cases' channels have no walk-in, and a new value there would change a
    // released response enum
    WALK_IN(Channel.EVENT);

    private final Channel caseChannel;

    RequestChannel(Channel caseChannel) {
        this.caseChannel = caseChannel;
    }

    /** The channel of a case opened from a request that came this way. */
    public Channel caseChannel() {
        return caseChannel;
    }
}
