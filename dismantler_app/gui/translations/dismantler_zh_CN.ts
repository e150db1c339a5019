<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatteriesPage</name>
    <message>
        <source>Batteries in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs in the yard: location, risk class, quarantine, hand-over to a receiver and reporting deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityBanner</name>
    <message>
        <source>No vehicle: scan or type the VIN to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Certificate can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✖ No certificate: %n problem(s) to fix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your work so far is saved and the app keeps running. Please copy the details and send them to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a VIN or battery code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vehicle (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue certificate (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the intake for VIN %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake is for VIN %1. Press New vehicle (F2) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the VIN first, then the battery packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a VIN or battery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack %1 was already scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to another vehicle (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN confirmed on the vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN scanned does not match this intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1   Scanned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can issue certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible yet: see the red banner for what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera set up: use a handheld scanner or type the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yard intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batteries in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the language of the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中文 / English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the station (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksTable</name>
    <message>
        <source>✔ Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Mismatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Linked to another vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Replaced (record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The name or password is not right. Try again, or ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this ({action}). Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: {entity} {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is not valid ({reason}). Check it and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {entity} is {state}, so this cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate can be issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid code ({reason}). Scan it again or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>The VIN {vin} is not a valid VIN: check it against the vehicle licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {vin} fails its check digit (found {found}, expected {expected}): check the VIN on the vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {check} check has not been done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is mortgaged or pledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is suspected stolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN or engine number is suspected forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame or body is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine or drive motor is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known which battery packs this vehicle should carry: enter them from the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared battery packs need a supervisor&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traction battery pack has been scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {expected} is missing: scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery packs missing: {scanned_count} of {expected_count} scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {scanned} is not registered for this vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More battery packs than expected: {scanned_count} scanned, {expected_count} expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {scanned} was scanned where {expected} is registered: a supervisor resolves it with the replacement record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {pack} is linked to another vehicle ({other_vin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {pack} has no safety triage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {pack} is abnormal and needs a quarantine location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery-swap model: exempt from the battery rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s statement on the missing battery was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s statement on the missing battery is not accepted by this yard&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack {expected} was replaced by {scanned} (record {document_ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional battery pack {scanned} accepted (record {document_ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN check digit does not match (found {found}, expected {expected}); this market does not require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery rule is switched off for this yard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mortgage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search intakes by VIN, plate, pack code, certificate number and date, with each intake&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Yard intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station was locked after a period without use. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes awaiting review: resolve mismatches, approve, issue, void and reprint certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting to reach head office, the last successful sync and errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users, disable them, reset passwords and set roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleText</name>
    <message>
        <source>Combustion engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid (HEV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug-in hybrid (PHEV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range extender (EREV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery electric (BEV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel cell (FCEV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery-swap model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mortgage check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
