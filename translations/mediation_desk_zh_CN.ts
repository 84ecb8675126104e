<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentDialog</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline with area code, e.g. 0477-8581234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the power of attorney, e.g. attend the mediation, state the facts, accept a settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivisionPicker</name>
    <message>
        <source>Banner / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumu / town / sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gacha / village / community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Register a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral, recorded by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the court, police station or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group, pasture, road or house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan (leave empty if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief facts of the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, between whom, since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parties ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the mediators who will handle this dispute. The first one ticked leads the mediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediators were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Party application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive mediation (screening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by the petition office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by another body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic-level legal service worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen recommended by a community or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged mediator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new dispute (受理登记)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: case number, party name, ID number, facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Click &quot;Register a dispute…&quot; to record the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee and &amp;mediators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mediation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Role in the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; date of birth and gender are filled from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline with area code, e.g. 0477-8581234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, as on the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. manager, director, village committee head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Write down what the agent may do, as stated on the power of attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount can have at most two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large — please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written or oral application only applies when a party applied for mediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the party applied in writing or orally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of dispute is not in the list — please choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of a committee usually ends with “{suffix}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong — please check it against the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code may only contain digits and capital letters (no I, O, Z, S or V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit code has {expected} characters; this one has {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unified social credit code entered — add it if the organisation has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before the People&apos;s Mediation Law took effect ({date}) — please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too early (before {earliest}) — please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is impossible — please check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not match the ID number ({id_birth_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is wrong — please check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has only digits, with possibly an X at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has {expected} characters; this one has {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number starts with an unknown or old area code ({region_code}) — please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one language the mediator works in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mediator is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mediator is not on the committee&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a party applies for mediation, add at least one applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent has been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party is already entered as party {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation has no ID number, gender or birth date — please clear this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person has no credit code or legal representative — please clear this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} people involved is fewer than the {persons} individual parties entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people involved must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number or a landline with area code, e.g. 0477-8581234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landline number has no area code (Ordos: 0477).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the body that referred the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invisible control characters — please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {max} characters (now {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a pattern for case numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case-number pattern cannot be read: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field in the pattern: {detail}. Use only {{year}}, {{short_name}} and {{n}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case-number pattern must contain {{n}} for the serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case-number pattern must contain {{year}}, otherwise numbers would repeat every year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
