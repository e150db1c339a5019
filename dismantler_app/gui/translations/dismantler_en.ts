<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatteriesPage</name>
    <message>
        <source>Batteries in stock</source>
        <translation>Batteries in stock</translation>
    </message>
    <message>
        <source>Packs in the yard: location, risk class, quarantine, hand-over to a receiver and reporting deadlines.</source>
        <translation>Packs in the yard: location, risk class, quarantine, hand-over to a receiver and reporting deadlines.</translation>
    </message>
</context>
<context>
    <name>EligibilityBanner</name>
    <message>
        <source>No vehicle: scan or type the VIN to start</source>
        <translation>No vehicle: scan or type the VIN to start</translation>
    </message>
    <message>
        <source>✔ Certificate can be issued</source>
        <translation>✔ Certificate can be issued</translation>
    </message>
    <message numerus="yes">
        <source>✖ No certificate: %n problem(s) to fix</source>
        <translation>
            <numerusform>✖ No certificate: %n problem to fix</numerusform>
            <numerusform>✖ No certificate: %n problems to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your work so far is saved and the app keeps running. Please copy the details and send them to your administrator.</source>
        <translation>Sorry, something went wrong. Your work so far is saved and the app keeps running. Please copy the details and send them to your administrator.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <source>Weighed mass</source>
        <translation>Weighed mass</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation>Traction battery packs</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Type or scan a VIN or battery code, then Enter</source>
        <translation>Type or scan a VIN or battery code, then Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>New vehicle (F2)</source>
        <translation>New vehicle (F2)</translation>
    </message>
    <message>
        <source>Submit for review (F9)</source>
        <translation>Submit for review (F9)</translation>
    </message>
    <message>
        <source>Issue certificate (F10)</source>
        <translation>Issue certificate (F10)</translation>
    </message>
    <message>
        <source>Opening the intake for VIN %1…</source>
        <translation>Opening the intake for VIN %1…</translation>
    </message>
    <message>
        <source>This intake is for VIN %1. Press New vehicle (F2) first.</source>
        <translation>This intake is for VIN %1. Press New vehicle (F2) first.</translation>
    </message>
    <message>
        <source>Scan or type the VIN first, then the battery packs.</source>
        <translation>Scan or type the VIN first, then the battery packs.</translation>
    </message>
    <message>
        <source>Not a VIN or battery code: %1</source>
        <translation>Not a VIN or battery code: %1</translation>
    </message>
    <message>
        <source>Battery pack %1 recorded.</source>
        <translation>Battery pack %1 recorded.</translation>
    </message>
    <message>
        <source>Battery pack %1 was already scanned.</source>
        <translation>Battery pack %1 was already scanned.</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to another vehicle (%2).</source>
        <translation>Battery pack %1 belongs to another vehicle (%2).</translation>
    </message>
    <message>
        <source>VIN confirmed on the vehicle.</source>
        <translation>VIN confirmed on the vehicle.</translation>
    </message>
    <message>
        <source>The VIN scanned does not match this intake.</source>
        <translation>The VIN scanned does not match this intake.</translation>
    </message>
    <message>
        <source>Certificate %1 issued.</source>
        <translation>Certificate %1 issued.</translation>
    </message>
    <message>
        <source>Expected: %1   Scanned: %2</source>
        <translation>Expected: %1   Scanned: %2</translation>
    </message>
    <message>
        <source>Only a supervisor can issue certificates.</source>
        <translation>Only a supervisor can issue certificates.</translation>
    </message>
    <message>
        <source>Not possible yet: see the red banner for what is missing.</source>
        <translation>Not possible yet: see the red banner for what is missing.</translation>
    </message>
    <message>
        <source>No camera set up: use a handheld scanner or type the codes.</source>
        <translation>No camera set up: use a handheld scanner or type the codes.</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>Camera problem: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yard intake</source>
        <translation>Yard intake</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Supervisor desk</source>
        <translation>Supervisor desk</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Batteries in stock</source>
        <translation>Batteries in stock</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Switch the language of the screens</source>
        <translation>Switch the language of the screens</translation>
    </message>
    <message>
        <source>中文 / English</source>
        <translation>中文 / English</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the station (Ctrl+L)</source>
        <translation>Lock the station (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>PacksTable</name>
    <message>
        <source>✔ Present</source>
        <translation>✔ Present</translation>
    </message>
    <message>
        <source>✖ Missing</source>
        <translation>✖ Missing</translation>
    </message>
    <message>
        <source>≠ Mismatched</source>
        <translation>≠ Mismatched</translation>
    </message>
    <message>
        <source>⚠ Linked to another vehicle</source>
        <translation>⚠ Linked to another vehicle</translation>
    </message>
    <message>
        <source>? Not registered</source>
        <translation>? Not registered</translation>
    </message>
    <message>
        <source>✔ Replaced (record)</source>
        <translation>✔ Replaced (record)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The name or password is not right. Try again, or ask an administrator to reset your password.</source>
        <translation>The name or password is not right. Try again, or ask an administrator to reset your password.</translation>
    </message>
    <message>
        <source>Your role does not allow this ({action}). Ask a supervisor.</source>
        <translation>Your role does not allow this ({action}). Ask a supervisor.</translation>
    </message>
    <message>
        <source>Not found: {entity} {key}.</source>
        <translation>Not found: {entity} {key}.</translation>
    </message>
    <message>
        <source>The {field} is not valid ({reason}). Check it and enter it again.</source>
        <translation>The {field} is not valid ({reason}). Check it and enter it again.</translation>
    </message>
    <message>
        <source>This {entity} is {state}, so this cannot be done now.</source>
        <translation>This {entity} is {state}, so this cannot be done now.</translation>
    </message>
    <message>
        <source>No certificate can be issued:</source>
        <translation>No certificate can be issued:</translation>
    </message>
    <message>
        <source>That is not a valid code ({reason}). Scan it again or type it.</source>
        <translation>That is not a valid code ({reason}). Scan it again or type it.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>The action was refused ({code}).</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>The VIN {vin} is not a valid VIN: check it against the vehicle licence.</source>
        <translation>The VIN {vin} is not a valid VIN: check it against the vehicle licence.</translation>
    </message>
    <message>
        <source>The VIN {vin} fails its check digit (found {found}, expected {expected}): check the VIN on the vehicle.</source>
        <translation>The VIN {vin} fails its check digit (found {found}, expected {expected}): check the VIN on the vehicle.</translation>
    </message>
    <message>
        <source>Documents missing: {missing}.</source>
        <translation>Documents missing: {missing}.</translation>
    </message>
    <message>
        <source>The {check} check has not been done yet.</source>
        <translation>The {check} check has not been done yet.</translation>
    </message>
    <message>
        <source>The vehicle is mortgaged or pledged.</source>
        <translation>The vehicle is mortgaged or pledged.</translation>
    </message>
    <message>
        <source>The vehicle is suspected stolen.</source>
        <translation>The vehicle is suspected stolen.</translation>
    </message>
    <message>
        <source>The VIN or engine number is suspected forged.</source>
        <translation>The VIN or engine number is suspected forged.</translation>
    </message>
    <message>
        <source>The frame or body is missing.</source>
        <translation>The frame or body is missing.</translation>
    </message>
    <message>
        <source>The engine or drive motor is missing.</source>
        <translation>The engine or drive motor is missing.</translation>
    </message>
    <message>
        <source>It is not known which battery packs this vehicle should carry: enter them from the documents.</source>
        <translation>It is not known which battery packs this vehicle should carry: enter them from the documents.</translation>
    </message>
    <message>
        <source>The declared battery packs need a supervisor&apos;s confirmation.</source>
        <translation>The declared battery packs need a supervisor&apos;s confirmation.</translation>
    </message>
    <message>
        <source>No traction battery pack has been scanned.</source>
        <translation>No traction battery pack has been scanned.</translation>
    </message>
    <message>
        <source>Battery pack {expected} is missing: scan it.</source>
        <translation>Battery pack {expected} is missing: scan it.</translation>
    </message>
    <message>
        <source>Battery packs missing: {scanned_count} of {expected_count} scanned.</source>
        <translation>Battery packs missing: {scanned_count} of {expected_count} scanned.</translation>
    </message>
    <message>
        <source>Battery pack {scanned} is not registered for this vehicle.</source>
        <translation>Battery pack {scanned} is not registered for this vehicle.</translation>
    </message>
    <message>
        <source>More battery packs than expected: {scanned_count} scanned, {expected_count} expected.</source>
        <translation>More battery packs than expected: {scanned_count} scanned, {expected_count} expected.</translation>
    </message>
    <message>
        <source>Battery pack {scanned} was scanned where {expected} is registered: a supervisor resolves it with the replacement record.</source>
        <translation>Battery pack {scanned} was scanned where {expected} is registered: a supervisor resolves it with the replacement record.</translation>
    </message>
    <message>
        <source>Battery pack {pack} is linked to another vehicle ({other_vin}).</source>
        <translation>Battery pack {pack} is linked to another vehicle ({other_vin}).</translation>
    </message>
    <message>
        <source>Battery pack {pack} has no safety triage yet.</source>
        <translation>Battery pack {pack} has no safety triage yet.</translation>
    </message>
    <message>
        <source>Battery pack {pack} is abnormal and needs a quarantine location.</source>
        <translation>Battery pack {pack} is abnormal and needs a quarantine location.</translation>
    </message>
    <message>
        <source>Battery-swap model: exempt from the battery rule.</source>
        <translation>Battery-swap model: exempt from the battery rule.</translation>
    </message>
    <message>
        <source>The owner&apos;s statement on the missing battery was accepted.</source>
        <translation>The owner&apos;s statement on the missing battery was accepted.</translation>
    </message>
    <message>
        <source>The owner&apos;s statement on the missing battery is not accepted by this yard&apos;s policy.</source>
        <translation>The owner&apos;s statement on the missing battery is not accepted by this yard&apos;s policy.</translation>
    </message>
    <message>
        <source>Battery pack {expected} was replaced by {scanned} (record {document_ref}).</source>
        <translation>Battery pack {expected} was replaced by {scanned} (record {document_ref}).</translation>
    </message>
    <message>
        <source>Additional battery pack {scanned} accepted (record {document_ref}).</source>
        <translation>Additional battery pack {scanned} accepted (record {document_ref}).</translation>
    </message>
    <message>
        <source>The VIN check digit does not match (found {found}, expected {expected}); this market does not require it.</source>
        <translation>The VIN check digit does not match (found {found}, expected {expected}); this market does not require it.</translation>
    </message>
    <message>
        <source>The battery rule is switched off for this yard.</source>
        <translation>The battery rule is switched off for this yard.</translation>
    </message>
    <message>
        <source>owner ID</source>
        <translation>owner ID</translation>
    </message>
    <message>
        <source>registration certificate</source>
        <translation>registration certificate</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <source>plates</source>
        <translation>plates</translation>
    </message>
    <message>
        <source>mortgage</source>
        <translation>mortgage</translation>
    </message>
    <message>
        <source>theft</source>
        <translation>theft</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Search intakes by VIN, plate, pack code, certificate number and date, with each intake&apos;s history.</source>
        <translation>Search intakes by VIN, plate, pack code, certificate number and date, with each intake&apos;s history.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Yard intake</source>
        <translation>Yard intake</translation>
    </message>
    <message>
        <source>The station was locked after a period without use. Sign in to continue.</source>
        <translation>The station was locked after a period without use. Sign in to continue.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor desk</source>
        <translation>Supervisor desk</translation>
    </message>
    <message>
        <source>Intakes awaiting review: resolve mismatches, approve, issue, void and reprint certificates.</source>
        <translation>Intakes awaiting review: resolve mismatches, approve, issue, void and reprint certificates.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Records waiting to reach head office, the last successful sync and errors.</source>
        <translation>Records waiting to reach head office, the last successful sync and errors.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Add users, disable them, reset passwords and set roles.</source>
        <translation>Add users, disable them, reset passwords and set roles.</translation>
    </message>
</context>
<context>
    <name>VehicleText</name>
    <message>
        <source>Combustion engine</source>
        <translation>Combustion engine</translation>
    </message>
    <message>
        <source>Hybrid (HEV)</source>
        <translation>Hybrid (HEV)</translation>
    </message>
    <message>
        <source>Plug-in hybrid (PHEV)</source>
        <translation>Plug-in hybrid (PHEV)</translation>
    </message>
    <message>
        <source>Range extender (EREV)</source>
        <translation>Range extender (EREV)</translation>
    </message>
    <message>
        <source>Battery electric (BEV)</source>
        <translation>Battery electric (BEV)</translation>
    </message>
    <message>
        <source>Fuel cell (FCEV)</source>
        <translation>Fuel cell (FCEV)</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>Owner ID</translation>
    </message>
    <message>
        <source>Registration certificate</source>
        <translation>Registration certificate</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>battery-swap model</source>
        <translation>battery-swap model</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>Mortgage check: %1</source>
        <translation>Mortgage check: %1</translation>
    </message>
    <message>
        <source>Theft check: %1</source>
        <translation>Theft check: %1</translation>
    </message>
</context>
</TS>
