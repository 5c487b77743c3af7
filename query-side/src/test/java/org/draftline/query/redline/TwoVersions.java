package org.draftline.query.redline;

/**
 * A zero draft and its revision in the UN style, our own wording: Rev.1 deletes OP1, renumbers what
 * follows, amends OP2, merges OP4 into OP3, adds a paragraph and moves the invitation to civil society
 * to the end.
 */
public final class TwoVersions {

    public static final String ZERO_DRAFT = """
            # Strengthening the response to trafficking in persons

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons,

            *Reaffirming* its commitment to prevent and combat trafficking in persons and to protect and assist its victims,

            *Noting with concern* that trafficking in persons remains widespread in all regions of the world,

            1. Welcomes the progress made by Member States in implementing the Global Plan of Action;

            2. Urges Member States to ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons;

            3. Calls upon Member States to strengthen the collection of data on trafficking in persons;

            4. Encourages Member States to share information through regional mechanisms;

            5. Invites civil society to contribute to the appraisal of the Global Plan of Action;

            6. Requests the Secretary-General to submit a report on the implementation of the present resolution.
            """;

    public static final String REV_1 = """
            # Strengthening the response to trafficking in persons

            The General Assembly,

            *Recalling* its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons,

            *Reaffirming* its commitment to prevent and combat trafficking in persons and to protect and assist its victims,

            *Noting with grave concern* that trafficking in persons remains widespread in all regions of the world, affecting women and children in particular,

            1. Urges Member States to ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children;

            2. Calls upon Member States to strengthen and harmonize the collection of data on trafficking in persons and to share information through regional mechanisms;

            3. Decides to convene a high-level meeting of the General Assembly in 2017 to appraise the Global Plan of Action;

            4. Requests the Secretary-General to submit a report on the implementation of the present resolution.

            5. Invites civil society to contribute to the appraisal of the Global Plan of Action;
            """;

    public static final String MEXICO_ON_OP2 =
            "Urges Member States to ratify the Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
                    + "especially Women and Children;";
    public static final String MEXICO_ON_OP3 =
            "Calls upon Member States to strengthen and harmonize the collection and analysis of data on trafficking "
                    + "in persons;";
    public static final String G77_AFTER_OP4 =
            "Decides to convene a high-level meeting of the General Assembly in 2017 to appraise the Global Plan of "
                    + "Action;";
    public static final String EU_ON_OP5 =
            "Invites civil society and the private sector to contribute to the appraisal of the Global Plan of Action;";
    public static final String EU_ON_OP4 =
            "Encourages Member States to share information through regional and international mechanisms;";
    public static final String ECUADOR_ON_PP3 = "Noting with grave concern that trafficking in persons remains "
            + "widespread in all regions of the world, affecting women and children in particular,";

    private TwoVersions() {
    }
}
