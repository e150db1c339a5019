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
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Hand over the selected pack</source>
        <translation>Hand over the selected pack</translation>
    </message>
    <message>
        <source>Select a pack of a certified vehicle, then record who takes it away.</source>
        <translation>Select a pack of a certified vehicle, then record who takes it away.</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Traceability reports due (15 working days)</source>
        <translation>Traceability reports due (15 working days)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack leaves the yard only after its vehicle&apos;s certificate.</source>
        <translation>A pack leaves the yard only after its vehicle&apos;s certificate.</translation>
    </message>
    <message>
        <source>Pack %1 handed over; its report is now due.</source>
        <translation>Pack %1 handed over; its report is now due.</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>Pack code</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>VIN or pack</source>
        <translation>VIN or pack</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <source>Enter the yard&apos;s unified social credit code in the yard settings.</source>
        <translation>Enter the yard&apos;s unified social credit code in the yard settings.</translation>
    </message>
    <message>
        <source>Say which document the owner&apos;s ID number is from.</source>
        <translation>Say which document the owner&apos;s ID number is from.</translation>
    </message>
    <message>
        <source>The plate number is missing.</source>
        <translation>The plate number is missing.</translation>
    </message>
    <message>
        <source>The plate type is missing.</source>
        <translation>The plate type is missing.</translation>
    </message>
    <message>
        <source>The body colour is missing.</source>
        <translation>The body colour is missing.</translation>
    </message>
    <message>
        <source>The registration certificate number is missing.</source>
        <translation>The registration certificate number is missing.</translation>
    </message>
    <message>
        <source>This vehicle has an engine: enter its engine number.</source>
        <translation>This vehicle has an engine: enter its engine number.</translation>
    </message>
    <message>
        <source>This vehicle has a drive motor: enter its motor number.</source>
        <translation>This vehicle has a drive motor: enter its motor number.</translation>
    </message>
    <message>
        <source>Record whether the registration document was surrendered or destroyed.</source>
        <translation>Record whether the registration document was surrendered or destroyed.</translation>
    </message>
    <message>
        <source>Enter the treatment facility&apos;s name in the yard settings.</source>
        <translation>Enter the treatment facility&apos;s name in the yard settings.</translation>
    </message>
    <message>
        <source>Enter the treatment facility&apos;s address in the yard settings.</source>
        <translation>Enter the treatment facility&apos;s address in the yard settings.</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>The certificate cannot be issued:
%1</source>
        <translation>The certificate cannot be issued:
%1</translation>
    </message>
    <message>
        <source>This is a %1 report and this yard does not report to that market. An administrator can turn the market on under Settings › Policy if the yard also reports there.</source>
        <translation>This is a %1 report and this yard does not report to that market. An administrator can turn the market on under Settings › Policy if the yard also reports there.</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Rendering the pages…</source>
        <translation>Rendering the pages…</translation>
    </message>
    <message>
        <source>Page images need poppler (pdftoppm); this is what the certificate states.</source>
        <translation>Page images need poppler (pdftoppm); this is what the certificate states.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), signed by the yard&apos;s key.</source>
        <translation>
            <numerusform>%n page, signed by the yard&apos;s key.</numerusform>
            <numerusform>%n pages, signed by the yard&apos;s key.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>Void notice for certificate %1</source>
        <translation>Void notice for certificate %1</translation>
    </message>
    <message>
        <source>Certificate %1 — copy %2</source>
        <translation>Certificate %1 — copy %2</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation>Traction battery packs</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeclarePacksDialog</name>
    <message>
        <source>Declared battery packs</source>
        <translation>Declared battery packs</translation>
    </message>
    <message>
        <source>Head office has no registered packs for this vehicle. Enter what the vehicle documents say: the pack codes, one per line, or only how many packs. A supervisor confirms the declaration.</source>
        <translation>Head office has no registered packs for this vehicle. Enter what the vehicle documents say: the pack codes, one per line, or only how many packs. A supervisor confirms the declaration.</translation>
    </message>
    <message>
        <source>Pack &amp;codes</source>
        <translation>Pack &amp;codes</translation>
    </message>
    <message>
        <source>Or only the &amp;number of packs</source>
        <translation>Or only the &amp;number of packs</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>✖ Not battery codes: %1</source>
        <translation>✖ Not battery codes: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n pack code(s)</source>
        <translation>
            <numerusform>✔ %n pack code</numerusform>
            <numerusform>✔ %n pack codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAccountsNote</name>
    <message>
        <source>every role</source>
        <translation>every role</translation>
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
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Demo yard: the data is thrown away when the app closes. Sign in as:</source>
        <translation>Demo yard: the data is thrown away when the app closes. Sign in as:</translation>
    </message>
    <message>
        <source>The camera plays demo labels: the VIN of the vehicle missing a pack, then that pack.</source>
        <translation>The camera plays demo labels: the VIN of the vehicle missing a pack, then that pack.</translation>
    </message>
    <message>
        <source>Close the demo? Everything recorded in it is thrown away.</source>
        <translation>Close the demo? Everything recorded in it is thrown away.</translation>
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
    <message>
        <source>✔ Certified: certificate %1</source>
        <translation>✔ Certified: certificate %1</translation>
    </message>
    <message>
        <source>✔ Certified</source>
        <translation>✔ Certified</translation>
    </message>
    <message>
        <source>✔ Nothing missing: submit it (F9)</source>
        <translation>✔ Nothing missing: submit it (F9)</translation>
    </message>
    <message>
        <source>✔ Nothing missing: awaiting approval</source>
        <translation>✔ Nothing missing: awaiting approval</translation>
    </message>
    <message>
        <source>✔ Nothing missing: a supervisor issues it</source>
        <translation>✔ Nothing missing: a supervisor issues it</translation>
    </message>
    <message>
        <source>✔ Nothing missing: approve, then issue</source>
        <translation>✔ Nothing missing: approve, then issue</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <source>The yard code needs 2 to 8 capital letters or digits, for example SH01.</source>
        <translation>The yard code needs 2 to 8 capital letters or digits, for example SH01.</translation>
    </message>
    <message>
        <source>Enter the yard&apos;s name (at most 120 characters).</source>
        <translation>Enter the yard&apos;s name (at most 120 characters).</translation>
    </message>
    <message>
        <source>The USCC is not valid (%1): copy it from the business licence.</source>
        <translation>The USCC is not valid (%1): copy it from the business licence.</translation>
    </message>
    <message>
        <source>Choose a sign-in name of 1 to 64 characters without spaces.</source>
        <translation>Choose a sign-in name of 1 to 64 characters without spaces.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>The two passwords differ: type them again.</translation>
    </message>
    <message>
        <source>Setting up the yard…</source>
        <translation>Setting up the yard…</translation>
    </message>
    <message>
        <source>No camera chosen: the station works without one.</source>
        <translation>No camera chosen: the station works without one.</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>Camera problem: %1</translation>
    </message>
    <message>
        <source>No picture came from %1: choose another camera.</source>
        <translation>No picture came from %1: choose another camera.</translation>
    </message>
    <message>
        <source>✔ The camera works.</source>
        <translation>✔ The camera works.</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Video file</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Folder of images</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>0 for the first USB camera, rtsp://… or a folder</source>
        <translation>0 for the first USB camera, rtsp://… or a folder</translation>
    </message>
    <message>
        <source>Setting up this yard</source>
        <translation>Setting up this yard</translation>
    </message>
    <message>
        <source>Your yard</source>
        <translation>Your yard</translation>
    </message>
    <message>
        <source>These details are printed on every certificate and sent to head office.</source>
        <translation>These details are printed on every certificate and sent to head office.</translation>
    </message>
    <message>
        <source>Yard &amp;name</source>
        <translation>Yard &amp;name</translation>
    </message>
    <message>
        <source>Yard &amp;code</source>
        <translation>Yard &amp;code</translation>
    </message>
    <message>
        <source>e.g. SH01, printed in certificate numbers</source>
        <translation>e.g. SH01, printed in certificate numbers</translation>
    </message>
    <message>
        <source>&amp;Licence/permit number</source>
        <translation>&amp;Licence/permit number</translation>
    </message>
    <message>
        <source>&amp;USCC</source>
        <translation>&amp;USCC</translation>
    </message>
    <message>
        <source>18 characters, from the business licence</source>
        <translation>18 characters, from the business licence</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Market</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <source>The first account can do everything: it adds the operators and supervisors afterwards.</source>
        <translation>The first account can do everything: it adds the operators and supervisors afterwards.</translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation>Sign-in &amp;name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>Camera check</source>
        <translation>Camera check</translation>
    </message>
    <message>
        <source>Choose the camera and test it, or leave it empty to work with a handheld scanner and the keyboard.</source>
        <translation>Choose the camera and test it, or leave it empty to work with a handheld scanner and the keyboard.</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>&amp;Test camera</source>
        <translation>&amp;Test camera</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a battery pack</source>
        <translation>Hand over a battery pack</translation>
    </message>
    <message>
        <source>Receiving &amp;enterprise</source>
        <translation>Receiving &amp;enterprise</translation>
    </message>
    <message>
        <source>Receiver &amp;type</source>
        <translation>Receiver &amp;type</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identified by</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code</source>
        <translation>&amp;Unified social credit code</translation>
    </message>
    <message>
        <source>&amp;D-U-N-S number (no USCC)</source>
        <translation>&amp;D-U-N-S number (no USCC)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>Pack &amp;model</source>
        <translation>Pack &amp;model</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>Destinat&amp;ion</source>
        <translation>Destinat&amp;ion</translation>
    </message>
    <message>
        <source>Where the pack goes (site address)</source>
        <translation>Where the pack goes (site address)</translation>
    </message>
    <message>
        <source>Handed over &amp;on</source>
        <translation>Handed over &amp;on</translation>
    </message>
    <message>
        <source>Recycling enterprise</source>
        <translation>Recycling enterprise</translation>
    </message>
    <message>
        <source>Cascade-use enterprise</source>
        <translation>Cascade-use enterprise</translation>
    </message>
    <message>
        <source>Carmaker&apos;s collection or service outlet</source>
        <translation>Carmaker&apos;s collection or service outlet</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s 9-digit D-U-N-S number.</source>
        <translation>Enter the receiver&apos;s 9-digit D-U-N-S number.</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s 18-character unified social credit code.</source>
        <translation>Enter the receiver&apos;s 18-character unified social credit code.</translation>
    </message>
    <message>
        <source>✖ Not a valid D-U-N-S number: 9 digits</source>
        <translation>✖ Not a valid D-U-N-S number: 9 digits</translation>
    </message>
    <message>
        <source>✖ Not a valid credit code: check each character</source>
        <translation>✖ Not a valid credit code: check each character</translation>
    </message>
    <message>
        <source>✔ Valid D-U-N-S number</source>
        <translation>✔ Valid D-U-N-S number</translation>
    </message>
    <message>
        <source>✔ Valid credit code</source>
        <translation>✔ Valid credit code</translation>
    </message>
    <message>
        <source>Pack %1 of vehicle %2</source>
        <translation>Pack %1 of vehicle %2</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
</context>
<context>
    <name>IntakeCamera</name>
    <message>
        <source>No camera set up: use a handheld scanner or type the codes.</source>
        <translation>No camera set up: use a handheld scanner or type the codes.</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>Camera problem: %1</translation>
    </message>
    <message>
        <source>The scanner restarted a decode worker after a fault; reads go on.</source>
        <translation>The scanner restarted a decode worker after a fault; reads go on.</translation>
    </message>
    <message>
        <source>The video %1 has ended: choose a camera in the settings.</source>
        <translation>The video %1 has ended: choose a camera in the settings.</translation>
    </message>
</context>
<context>
    <name>IntakeEditing</name>
    <message>
        <source>Unlink this pack… (Del)</source>
        <translation>Unlink this pack… (Del)</translation>
    </message>
    <message>
        <source>Delete this photo… (Del)</source>
        <translation>Delete this photo… (Del)</translation>
    </message>
    <message>
        <source>Select a scanned pack in the table first.</source>
        <translation>Select a scanned pack in the table first.</translation>
    </message>
    <message>
        <source>Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).</source>
        <translation>Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Battery pack %1 unlinked.</source>
        <translation>Battery pack %1 unlinked.</translation>
    </message>
    <message>
        <source>Select a photo first.</source>
        <translation>Select a photo first.</translation>
    </message>
    <message>
        <source>Delete this photo from the intake? Say why.</source>
        <translation>Delete this photo from the intake? Say why.</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>Photo deleted.</source>
        <translation>Photo deleted.</translation>
    </message>
    <message>
        <source>Vehicle, owner and documents saved.</source>
        <translation>Vehicle, owner and documents saved.</translation>
    </message>
    <message>
        <source>Declared packs saved: a supervisor confirms them.</source>
        <translation>Declared packs saved: a supervisor confirms them.</translation>
    </message>
    <message>
        <source>Scan a battery pack first, then triage it.</source>
        <translation>Scan a battery pack first, then triage it.</translation>
    </message>
    <message>
        <source>Triage of %1 saved.</source>
        <translation>Triage of %1 saved.</translation>
    </message>
    <message>
        <source>No camera picture yet: take the photo from a file (Ctrl+O).</source>
        <translation>No camera picture yet: take the photo from a file (Ctrl+O).</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>This same picture is already attached as the &quot;%1&quot; photo: nothing was added.</source>
        <translation>This same picture is already attached as the &quot;%1&quot; photo: nothing was added.</translation>
    </message>
    <message>
        <source>Photo saved: %1.</source>
        <translation>Photo saved: %1.</translation>
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
        <source>Declared packs (F4)</source>
        <translation>Declared packs (F4)</translation>
    </message>
    <message>
        <source>Safety triage (F6)</source>
        <translation>Safety triage (F6)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Edit vehicle (F3)</source>
        <translation>Edit vehicle (F3)</translation>
    </message>
    <message>
        <source>Edit the vehicle, its owner and the documents received</source>
        <translation>Edit the vehicle, its owner and the documents received</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Scan or type a VIN or pack code, Enter</source>
        <translation>Scan or type a VIN or pack code, Enter</translation>
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
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Discard this open intake (a mistyped VIN, the wrong vehicle), with a reason</source>
        <translation>Discard this open intake (a mistyped VIN, the wrong vehicle), with a reason</translation>
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
        <source>Scan or type the VIN first, then the battery packs.</source>
        <translation>Scan or type the VIN first, then the battery packs.</translation>
    </message>
    <message>
        <source>Not a VIN or battery code: %1</source>
        <translation>Not a VIN or battery code: %1</translation>
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
        <source>This pack is in this vehicle</source>
        <translation>This pack is in this vehicle</translation>
    </message>
    <message>
        <source>%1 was read from printed text. Scan or type the VIN first.</source>
        <translation>%1 was read from printed text. Scan or type the VIN first.</translation>
    </message>
    <message>
        <source>Read from printed text: %1. Compare it with the label and press F8 to record it.</source>
        <translation>Read from printed text: %1. Compare it with the label and press F8 to record it.</translation>
    </message>
    <message>
        <source>%1 was not recorded.</source>
        <translation>%1 was not recorded.</translation>
    </message>
    <message>
        <source>%1 was already in the camera&apos;s view before New vehicle (F2), so it was not taken. Show the label again or type it.</source>
        <translation>%1 was already in the camera&apos;s view before New vehicle (F2), so it was not taken. Show the label again or type it.</translation>
    </message>
    <message>
        <source>Discard the intake of VIN %1? Its packs are released. Say why (for example: VIN mistyped).</source>
        <translation>Discard the intake of VIN %1? Its packs are released. Say why (for example: VIN mistyped).</translation>
    </message>
    <message>
        <source>Discard intake</source>
        <translation>Discard intake</translation>
    </message>
    <message>
        <source>The intake of VIN %1 was discarded.</source>
        <translation>The intake of VIN %1 was discarded.</translation>
    </message>
    <message>
        <source>Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards.</source>
        <translation>Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards.</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
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
        <source>Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this vehicle, type its code and confirm with a reason.</source>
        <translation>Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this vehicle, type its code and confirm with a reason.</translation>
    </message>
    <message>
        <source>%1 was read from printed text and not recorded: compare it with the label.</source>
        <translation>%1 was read from printed text and not recorded: compare it with the label.</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in view? If it really is in this vehicle, type its code and confirm with a reason.</source>
        <translation>Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in view? If it really is in this vehicle, type its code and confirm with a reason.</translation>
    </message>
    <message>
        <source>Battery pack %1 is registered by head office to VIN %2, not to this vehicle (VIN %3). It was not linked. If you have checked that this pack really is in this vehicle, say why (for example: label read on the pack, repair record).</source>
        <translation>Battery pack %1 is registered by head office to VIN %2, not to this vehicle (VIN %3). It was not linked. If you have checked that this pack really is in this vehicle, say why (for example: label read on the pack, repair record).</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to the intake of VIN %2, not to this vehicle (VIN %3). It was not linked. If you have checked that this pack really is in this vehicle, say why (for example: label read on the pack, repair record).</source>
        <translation>Battery pack %1 belongs to the intake of VIN %2, not to this vehicle (VIN %3). It was not linked. If you have checked that this pack really is in this vehicle, say why (for example: label read on the pack, repair record).</translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Elevated: quarantine</source>
        <translation>Elevated: quarantine</translation>
    </message>
    <message>
        <source>High: quarantine, fire watch</source>
        <translation>High: quarantine, fire watch</translation>
    </message>
    <message>
        <source>visible damage</source>
        <translation>visible damage</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>leak</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>swelling</translation>
    </message>
    <message>
        <source>fire history</source>
        <translation>fire history</translation>
    </message>
    <message>
        <source>flood history</source>
        <translation>flood history</translation>
    </message>
    <message>
        <source>Whole exterior</source>
        <translation>Whole exterior</translation>
    </message>
    <message>
        <source>VIN plate</source>
        <translation>VIN plate</translation>
    </message>
    <message>
        <source>Battery label</source>
        <translation>Battery label</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>After dismantling</source>
        <translation>After dismantling</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>wrong length</source>
        <translation>wrong length</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>a character that is not allowed</translation>
    </message>
    <message>
        <source>contains I, O or Q</source>
        <translation>contains I, O or Q</translation>
    </message>
    <message>
        <source>check digit does not match</source>
        <translation>check digit does not match</translation>
    </message>
    <message>
        <source>check character does not match</source>
        <translation>check character does not match</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>The scanner types digits as on a French (AZERTY) keyboard.</source>
        <translation>The scanner types digits as on a French (AZERTY) keyboard.</translation>
    </message>
    <message>
        <source>The scanner swaps Y and Z as on a German (QWERTZ) keyboard.</source>
        <translation>The scanner swaps Y and Z as on a German (QWERTZ) keyboard.</translation>
    </message>
    <message>
        <source>A Chinese input method turned the scan into full-width characters.</source>
        <translation>A Chinese input method turned the scan into full-width characters.</translation>
    </message>
    <message>
        <source>Set the scanner&apos;s keyboard country to this PC&apos;s layout (a setup code in its manual), or switch this PC to the US layout.</source>
        <translation>Set the scanner&apos;s keyboard country to this PC&apos;s layout (a setup code in its manual), or switch this PC to the US layout.</translation>
    </message>
    <message>
        <source>Switch the input method to English (Shift or Ctrl+Space).</source>
        <translation>Switch the input method to English (Shift or Ctrl+Space).</translation>
    </message>
    <message>
        <source>The code was read as %1.</source>
        <translation>The code was read as %1.</translation>
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
        <source>Sign out? The next person signs in with their own name.</source>
        <translation>Sign out? The next person signs in with their own name.</translation>
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
        <source>Close and discard</source>
        <translation>Close and discard</translation>
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
    <name>PackIdentifiers</name>
    <message>
        <source>consumer battery</source>
        <translation>consumer battery</translation>
    </message>
    <message>
        <source>light-vehicle battery (e-bike, e-motorcycle)</source>
        <translation>light-vehicle battery (e-bike, e-motorcycle)</translation>
    </message>
    <message>
        <source>large-power battery (ship, aircraft)</source>
        <translation>large-power battery (ship, aircraft)</translation>
    </message>
    <message>
        <source>energy-storage battery</source>
        <translation>energy-storage battery</translation>
    </message>
    <message>
        <source>lithium-ion battery</source>
        <translation>lithium-ion battery</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cell</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pack</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>battery passport ID</source>
        <translation>battery passport ID</translation>
    </message>
    <message>
        <source>GB/T 45565 battery code</source>
        <translation>GB/T 45565 battery code</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Battery passport ID %1 kept on battery pack %2.</source>
        <translation>Battery passport ID %1 kept on battery pack %2.</translation>
    </message>
    <message>
        <source>Battery passport ID %1 is already kept on battery pack %2.</source>
        <translation>Battery passport ID %1 is already kept on battery pack %2.</translation>
    </message>
    <message>
        <source>Battery passport ID %1 names a battery pack this intake does not hold: scan the pack first.</source>
        <translation>Battery passport ID %1 names a battery pack this intake does not hold: scan the pack first.</translation>
    </message>
    <message>
        <source>Battery pack recorded by its battery passport ID %1.</source>
        <translation>Battery pack recorded by its battery passport ID %1.</translation>
    </message>
    <message>
        <source>Battery %1 (GB/T 45565: %2) recorded as this vehicle&apos;s battery.</source>
        <translation>Battery %1 (GB/T 45565: %2) recorded as this vehicle&apos;s battery.</translation>
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
        <source>Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this vehicle, type it.</source>
        <translation>Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this vehicle, type it.</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in view? If it really is in this vehicle, type it.</source>
        <translation>Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in view? If it really is in this vehicle, type it.</translation>
    </message>
    <message>
        <source>%1 is a GB/T 45565 code of a %2, not this vehicle&apos;s traction battery: nothing was recorded. Such batteries are kept only on a light vehicle (motorcycle, moped, e-bike).</source>
        <translation>%1 is a GB/T 45565 code of a %2, not this vehicle&apos;s traction battery: nothing was recorded. Such batteries are kept only on a light vehicle (motorcycle, moped, e-bike).</translation>
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
        <source>⚠ On another vehicle</source>
        <translation>⚠ On another vehicle</translation>
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
    <name>PhotosPanel</name>
    <message>
        <source>What the next photo shows</source>
        <translation>What the next photo shows</translation>
    </message>
    <message>
        <source>Take photo (F5)</source>
        <translation>Take photo (F5)</translation>
    </message>
    <message>
        <source>File… (Ctrl+O)</source>
        <translation>File… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Required: %1</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Move closer</source>
        <translation>Move closer</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Hold still</translation>
    </message>
    <message>
        <source>Tilt the label away from the light</source>
        <translation>Tilt the label away from the light</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>battery pack code</source>
        <translation>battery pack code</translation>
    </message>
    <message>
        <source>battery pack codes</source>
        <translation>battery pack codes</translation>
    </message>
    <message>
        <source>number of packs</source>
        <translation>number of packs</translation>
    </message>
    <message>
        <source>scanned pack</source>
        <translation>scanned pack</translation>
    </message>
    <message>
        <source>registered pack</source>
        <translation>registered pack</translation>
    </message>
    <message>
        <source>document reference</source>
        <translation>document reference</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>photo kind</source>
        <translation>photo kind</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>picture</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>&quot;to&quot; date</source>
        <translation>&quot;to&quot; date</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <source>receiver&apos;s credit code (USCC)</source>
        <translation>receiver&apos;s credit code (USCC)</translation>
    </message>
    <message>
        <source>receiver&apos;s name</source>
        <translation>receiver&apos;s name</translation>
    </message>
    <message>
        <source>receiver&apos;s D-U-N-S number</source>
        <translation>receiver&apos;s D-U-N-S number</translation>
    </message>
    <message>
        <source>receiver type</source>
        <translation>receiver type</translation>
    </message>
    <message>
        <source>pack model</source>
        <translation>pack model</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>battery passport ID</source>
        <translation>battery passport ID</translation>
    </message>
    <message>
        <source>what became of the vehicle</source>
        <translation>what became of the vehicle</translation>
    </message>
    <message>
        <source>who took the vehicle</source>
        <translation>who took the vehicle</translation>
    </message>
    <message>
        <source>hand-over date</source>
        <translation>hand-over date</translation>
    </message>
    <message>
        <source>quarantine location</source>
        <translation>quarantine location</translation>
    </message>
    <message>
        <source>visible damage</source>
        <translation>visible damage</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>leakage</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>swelling</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>temperature (°C)</translation>
    </message>
    <message>
        <source>voltage (V)</source>
        <translation>voltage (V)</translation>
    </message>
    <message>
        <source>insulation resistance (MΩ)</source>
        <translation>insulation resistance (MΩ)</translation>
    </message>
    <message>
        <source>state of charge (%)</source>
        <translation>state of charge (%)</translation>
    </message>
    <message>
        <source>risk class</source>
        <translation>risk class</translation>
    </message>
    <message>
        <source>yard name</source>
        <translation>yard name</translation>
    </message>
    <message>
        <source>yard&apos;s credit code (USCC)</source>
        <translation>yard&apos;s credit code (USCC)</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>market</source>
        <translation>market</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>it is too short</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>it is too long</translation>
    </message>
    <message>
        <source>it is already in use</source>
        <translation>it is already in use</translation>
    </message>
    <message>
        <source>it is not in the right format</source>
        <translation>it is not in the right format</translation>
    </message>
    <message>
        <source>it is before the &quot;from&quot; date</source>
        <translation>it is before the &quot;from&quot; date</translation>
    </message>
    <message>
        <source>it is outside the possible range</source>
        <translation>it is outside the possible range</translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation>it cannot be negative</translation>
    </message>
    <message>
        <source>it is in the future</source>
        <translation>it is in the future</translation>
    </message>
    <message>
        <source>it is not known</source>
        <translation>it is not known</translation>
    </message>
    <message>
        <source>its ending (file type) is not one this can write</source>
        <translation>its ending (file type) is not one this can write</translation>
    </message>
    <message>
        <source>that pack was not scanned on this intake</source>
        <translation>that pack was not scanned on this intake</translation>
    </message>
    <message>
        <source>that pack is not registered for this vehicle</source>
        <translation>that pack is not registered for this vehicle</translation>
    </message>
    <message>
        <source>it is not on head office&apos;s list of receivers</source>
        <translation>it is not on head office&apos;s list of receivers</translation>
    </message>
    <message>
        <source>an abnormal pack must be given one</source>
        <translation>an abnormal pack must be given one</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>it is too large</translation>
    </message>
    <message>
        <source>it is not a picture</source>
        <translation>it is not a picture</translation>
    </message>
    <message>
        <source>it differs from the yard&apos;s market</source>
        <translation>it differs from the yard&apos;s market</translation>
    </message>
    <message>
        <source>give the USCC or the D-U-N-S number, not both</source>
        <translation>give the USCC or the D-U-N-S number, not both</translation>
    </message>
    <message>
        <source>it must be a whole number, 1 or more</source>
        <translation>it must be a whole number, 1 or more</translation>
    </message>
    <message>
        <source>it has the wrong number of characters</source>
        <translation>it has the wrong number of characters</translation>
    </message>
    <message>
        <source>it has a character that is not allowed</source>
        <translation>it has a character that is not allowed</translation>
    </message>
    <message>
        <source>it contains I, O or Q, which a VIN never has</source>
        <translation>it contains I, O or Q, which a VIN never has</translation>
    </message>
    <message>
        <source>its check digit does not match</source>
        <translation>its check digit does not match</translation>
    </message>
    <message>
        <source>its check character does not match</source>
        <translation>its check character does not match</translation>
    </message>
    <message>
        <source>it is not a battery code of a known level</source>
        <translation>it is not a battery code of a known level</translation>
    </message>
    <message>
        <source>its product type is not a known one</source>
        <translation>its product type is not a known one</translation>
    </message>
    <message>
        <source>its production month is not possible</source>
        <translation>its production month is not possible</translation>
    </message>
    <message>
        <source>its production year is not possible</source>
        <translation>its production year is not possible</translation>
    </message>
    <message>
        <source>its reuse suffix is not valid</source>
        <translation>its reuse suffix is not valid</translation>
    </message>
    <message>
        <source>no VIN or battery code was found in it</source>
        <translation>no VIN or battery code was found in it</translation>
    </message>
    <message>
        <source>it could be more than one kind of code</source>
        <translation>it could be more than one kind of code</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>it is not text</translation>
    </message>
    <message>
        <source>it is not accepted</source>
        <translation>it is not accepted</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>battery pack</source>
        <translation>battery pack</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>list of expected packs</source>
        <translation>list of expected packs</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>already submitted</source>
        <translation>already submitted</translation>
    </message>
    <message>
        <source>already approved</source>
        <translation>already approved</translation>
    </message>
    <message>
        <source>already certified</source>
        <translation>already certified</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>already handed over</source>
        <translation>already handed over</translation>
    </message>
    <message>
        <source>This is the last administrator: make another user an administrator first.</source>
        <translation>This is the last administrator: make another user an administrator first.</translation>
    </message>
    <message>
        <source>This yard is already set up.</source>
        <translation>This yard is already set up.</translation>
    </message>
    <message>
        <source>This battery pack has already been handed over.</source>
        <translation>This battery pack has already been handed over.</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s unified social credit code (USCC) or, if it has none, its D-U-N-S number.</source>
        <translation>Enter the receiver&apos;s unified social credit code (USCC) or, if it has none, its D-U-N-S number.</translation>
    </message>
    <message>
        <source>This intake cannot be submitted yet:</source>
        <translation>This intake cannot be submitted yet:</translation>
    </message>
    <message>
        <source>This intake cannot be approved yet:</source>
        <translation>This intake cannot be approved yet:</translation>
    </message>
    <message>
        <source>No certificate can be issued yet:</source>
        <translation>No certificate can be issued yet:</translation>
    </message>
    <message>
        <source>No intake is open to record this on: press New vehicle (F2) and scan the VIN first.</source>
        <translation>No intake is open to record this on: press New vehicle (F2) and scan the VIN first.</translation>
    </message>
    <message>
        <source>This code was read before you started working on this intake (a label left in view?), so it was not recorded. Hold the label in front of the camera again, or type it.</source>
        <translation>This code was read before you started working on this intake (a label left in view?), so it was not recorded. Hold the label in front of the camera again, or type it.</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Please fill in: %1.</translation>
    </message>
    <message>
        <source>The VIN %1 fails its check digit (found %2, expected %3): check the VIN on the vehicle and enter it again.</source>
        <translation>The VIN %1 fails its check digit (found %2, expected %3): check the VIN on the vehicle and enter it again.</translation>
    </message>
    <message>
        <source>The intake has been submitted: only a supervisor can do this now.</source>
        <translation>The intake has been submitted: only a supervisor can do this now.</translation>
    </message>
    <message>
        <source>Battery pack %1 is not on this intake.</source>
        <translation>Battery pack %1 is not on this intake.</translation>
    </message>
    <message>
        <source>This photo is no longer attached to the intake.</source>
        <translation>This photo is no longer attached to the intake.</translation>
    </message>
    <message>
        <source>The action was refused.</source>
        <translation>The action was refused.</translation>
    </message>
    <message>
        <source>The name or password is not right. Try again, or ask an administrator to reset your password.</source>
        <translation>The name or password is not right. Try again, or ask an administrator to reset your password.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a supervisor or an administrator.</source>
        <translation>Your role does not allow this. Ask a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>The %1 was not found (it may have been removed). Refresh and try again.</source>
        <translation>The %1 was not found (it may have been removed). Refresh and try again.</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2. Check it and enter it again.</source>
        <translation>The %1 is not valid: %2. Check it and enter it again.</translation>
    </message>
    <message>
        <source>This %1 is %2, so this cannot be done now.</source>
        <translation>This %1 is %2, so this cannot be done now.</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s present state.</source>
        <translation>This cannot be done in the record&apos;s present state.</translation>
    </message>
    <message>
        <source>That is not a valid code: %1. Scan it again or type it.</source>
        <translation>That is not a valid code: %1. Scan it again or type it.</translation>
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
        <source>The powertrain has not been chosen: choose it with Edit vehicle (F3) (battery electric, hybrid, combustion engine, …).</source>
        <translation>The powertrain has not been chosen: choose it with Edit vehicle (F3) (battery electric, hybrid, combustion engine, …).</translation>
    </message>
    <message>
        <source>The &quot;{kind}&quot; photo is missing: take it with Photo (F5).</source>
        <translation>The &quot;{kind}&quot; photo is missing: take it with Photo (F5).</translation>
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
    <name>RecordWords</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>⚠ Elevated risk</source>
        <translation>⚠ Elevated risk</translation>
    </message>
    <message>
        <source>⚠ High risk</source>
        <translation>⚠ High risk</translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation>Not triaged</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>Exterior</translation>
    </message>
    <message>
        <source>VIN plate</source>
        <translation>VIN plate</translation>
    </message>
    <message>
        <source>Battery label</source>
        <translation>Battery label</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>After dismantling</source>
        <translation>After dismantling</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>✖ Overdue</source>
        <translation>✖ Overdue</translation>
    </message>
    <message>
        <source>✔ Reported</source>
        <translation>✔ Reported</translation>
    </message>
    <message>
        <source>Vehicle scrapped</source>
        <translation>Vehicle scrapped</translation>
    </message>
    <message>
        <source>Pack left the yard</source>
        <translation>Pack left the yard</translation>
    </message>
    <message>
        <source>Intake opened</source>
        <translation>Intake opened</translation>
    </message>
    <message>
        <source>Vehicle corrected</source>
        <translation>Vehicle corrected</translation>
    </message>
    <message>
        <source>Documents recorded</source>
        <translation>Documents recorded</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Sent back to the operator</source>
        <translation>Sent back to the operator</translation>
    </message>
    <message>
        <source>Packs declared</source>
        <translation>Packs declared</translation>
    </message>
    <message>
        <source>Registered packs loaded</source>
        <translation>Registered packs loaded</translation>
    </message>
    <message>
        <source>Declared packs confirmed</source>
        <translation>Declared packs confirmed</translation>
    </message>
    <message>
        <source>Pack scanned</source>
        <translation>Pack scanned</translation>
    </message>
    <message>
        <source>VIN scanned</source>
        <translation>VIN scanned</translation>
    </message>
    <message>
        <source>Pack triaged</source>
        <translation>Pack triaged</translation>
    </message>
    <message>
        <source>Replacement resolved</source>
        <translation>Replacement resolved</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>Photo deleted</source>
        <translation>Photo deleted</translation>
    </message>
    <message>
        <source>Pack unlinked (scanned by mistake)</source>
        <translation>Pack unlinked (scanned by mistake)</translation>
    </message>
    <message>
        <source>Intake discarded</source>
        <translation>Intake discarded</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Certificate voided</source>
        <translation>Certificate voided</translation>
    </message>
    <message>
        <source>Certificate reprinted</source>
        <translation>Certificate reprinted</translation>
    </message>
    <message>
        <source>Pack handed over</source>
        <translation>Pack handed over</translation>
    </message>
    <message>
        <source>Pack released from the vehicle</source>
        <translation>Pack released from the vehicle</translation>
    </message>
    <message>
        <source>Original certificate printed</source>
        <translation>Original certificate printed</translation>
    </message>
    <message>
        <source>Official certificate number entered</source>
        <translation>Official certificate number entered</translation>
    </message>
    <message>
        <source>Reported to the traceability platform</source>
        <translation>Reported to the traceability platform</translation>
    </message>
    <message>
        <source>Certificate policy changed</source>
        <translation>Certificate policy changed</translation>
    </message>
    <message>
        <source>Yard details changed</source>
        <translation>Yard details changed</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>Head office&apos;s refusal handled</source>
        <translation>Head office&apos;s refusal handled</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>pack code</source>
        <translation>pack code</translation>
    </message>
    <message>
        <source>pack codes</source>
        <translation>pack codes</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>other vehicle</source>
        <translation>other vehicle</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>certificate number</translation>
    </message>
    <message>
        <source>official number</source>
        <translation>official number</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>registered pack</source>
        <translation>registered pack</translation>
    </message>
    <message>
        <source>scanned pack</source>
        <translation>scanned pack</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>quarantine location</source>
        <translation>quarantine location</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>receiver</translation>
    </message>
    <message>
        <source>receiver USCC</source>
        <translation>receiver USCC</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>reprints</source>
        <translation>reprints</translation>
    </message>
    <message>
        <source>recorded on this vehicle</source>
        <translation>recorded on this vehicle</translation>
    </message>
    <message>
        <source>already scanned</source>
        <translation>already scanned</translation>
    </message>
    <message>
        <source>held by another vehicle</source>
        <translation>held by another vehicle</translation>
    </message>
    <message>
        <source>VIN matches</source>
        <translation>VIN matches</translation>
    </message>
    <message>
        <source>VIN differs</source>
        <translation>VIN differs</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>intake cancelled</source>
        <translation>intake cancelled</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>void notice</source>
        <translation>void notice</translation>
    </message>
    <message>
        <source>vehicle scrapped</source>
        <translation>vehicle scrapped</translation>
    </message>
    <message>
        <source>pack left the yard</source>
        <translation>pack left the yard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Battery pack code</source>
        <translation>Battery pack code</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Opened between</source>
        <translation>Opened between</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (voided)</translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s) found.</source>
        <translation>
            <numerusform>%n intake found.</numerusform>
            <numerusform>%n intakes found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%n change(s))</source>
        <translation>
            <numerusform>History of %1 (%n change)</numerusform>
            <numerusform>History of %1 (%n changes)</numerusform>
        </translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReviewQueueTable</name>
    <message>
        <source>Plate: %1 · packs scanned: %2 · %3</source>
        <translation>Plate: %1 · packs scanned: %2 · %3</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Since / certificate</source>
        <translation>Since / certificate</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This station (this PC only)</source>
        <translation>This station (this PC only)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>Symbols read</source>
        <translation>Symbols read</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Code 39</source>
        <translation>Code 39</translation>
    </message>
    <message>
        <source>PDF417</source>
        <translation>PDF417</translation>
    </message>
    <message>
        <source>Second decoder (pyzbar)</source>
        <translation>Second decoder (pyzbar)</translation>
    </message>
    <message>
        <source>Scanner &amp;prefix</source>
        <translation>Scanner &amp;prefix</translation>
    </message>
    <message>
        <source>Scanner &amp;suffix</source>
        <translation>Scanner &amp;suffix</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>Lock &amp;after</translation>
    </message>
    <message>
        <source>Head office &amp;URL</source>
        <translation>Head office &amp;URL</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Head office &amp;account</source>
        <translation>Head office &amp;account</translation>
    </message>
    <message>
        <source>Head office pass&amp;word</source>
        <translation>Head office pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Save station settings</source>
        <translation>&amp;Save station settings</translation>
    </message>
    <message>
        <source>Yard (all stations)</source>
        <translation>Yard (all stations)</translation>
    </message>
    <message>
        <source>Yard &amp;name</source>
        <translation>Yard &amp;name</translation>
    </message>
    <message>
        <source>Yard &amp;code</source>
        <translation>Yard &amp;code</translation>
    </message>
    <message>
        <source>&amp;Licence / permit number</source>
        <translation>&amp;Licence / permit number</translation>
    </message>
    <message>
        <source>&amp;USCC</source>
        <translation>&amp;USCC</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Permitting au&amp;thority</source>
        <translation>Permitting au&amp;thority</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>A collector issuing certificates on behalf of a treatment facility (EU) names that facility here; leave empty when this yard is the facility.</source>
        <translation>A collector issuing certificates on behalf of a treatment facility (EU) names that facility here; leave empty when this yard is the facility.</translation>
    </message>
    <message>
        <source>Treatment &amp;facility name</source>
        <translation>Treatment &amp;facility name</translation>
    </message>
    <message>
        <source>Treatment facility a&amp;ddress</source>
        <translation>Treatment facility a&amp;ddress</translation>
    </message>
    <message>
        <source>Treatment facility per&amp;mit</source>
        <translation>Treatment facility per&amp;mit</translation>
    </message>
    <message>
        <source>Save &amp;yard details</source>
        <translation>Save &amp;yard details</translation>
    </message>
    <message>
        <source>Certificate policy</source>
        <translation>Certificate policy</translation>
    </message>
    <message>
        <source>A missing traction battery blocks the certificate</source>
        <translation>A missing traction battery blocks the certificate</translation>
    </message>
    <message>
        <source>Accept the owner&apos;s statement on a missing battery (before 2026)</source>
        <translation>Accept the owner&apos;s statement on a missing battery (before 2026)</translation>
    </message>
    <message>
        <source>Battery-swap models are exempt</source>
        <translation>Battery-swap models are exempt</translation>
    </message>
    <message>
        <source>A wrong VIN check digit blocks the certificate</source>
        <translation>A wrong VIN check digit blocks the certificate</translation>
    </message>
    <message>
        <source>Mortgage check required</source>
        <translation>Mortgage check required</translation>
    </message>
    <message>
        <source>Theft check required</source>
        <translation>Theft check required</translation>
    </message>
    <message>
        <source>Safety triage of every pack required</source>
        <translation>Safety triage of every pack required</translation>
    </message>
    <message>
        <source>&amp;Hybrid (HEV) packs</source>
        <translation>&amp;Hybrid (HEV) packs</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Documents required</translation>
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
        <source>Regulatory reports: markets this yard reports to</source>
        <translation>Regulatory reports: markets this yard reports to</translation>
    </message>
    <message>
        <source>China (traceability platform)</source>
        <translation>China (traceability platform)</translation>
    </message>
    <message>
        <source>EU (certificate of destruction register, battery passports)</source>
        <translation>EU (certificate of destruction register, battery passports)</translation>
    </message>
    <message>
        <source>United States (NMVTIS)</source>
        <translation>United States (NMVTIS)</translation>
    </message>
    <message>
        <source>Save &amp;policy</source>
        <translation>Save &amp;policy</translation>
    </message>
    <message>
        <source>The settings file is damaged (%1). Check the settings and save to replace it.</source>
        <translation>The settings file is damaged (%1). Check the settings and save to replace it.</translation>
    </message>
    <message>
        <source>Replace the damaged settings file?</source>
        <translation>Replace the damaged settings file?</translation>
    </message>
    <message>
        <source>The settings file cannot be read (%1). Replace it with the settings shown? A copy of the damaged file is kept next to it.</source>
        <translation>The settings file cannot be read (%1). Replace it with the settings shown? A copy of the damaged file is kept next to it.</translation>
    </message>
    <message>
        <source>Saved. The new station name is used from the next start.</source>
        <translation>Saved. The new station name is used from the next start.</translation>
    </message>
    <message>
        <source>Station settings saved.</source>
        <translation>Station settings saved.</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Video file</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.avi *.mkv *.mov);;All files (*)</source>
        <translation>Video files (*.mp4 *.avi *.mkv *.mov);;All files (*)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Folder of images</translation>
    </message>
    <message>
        <source>Only an administrator can change the policy.</source>
        <translation>Only an administrator can change the policy.</translation>
    </message>
    <message>
        <source>Market: %1</source>
        <translation>Market: %1</translation>
    </message>
    <message>
        <source>Yard details saved.</source>
        <translation>Yard details saved.</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>Policy saved.</translation>
    </message>
    <message>
        <source>Camera %1 (found on this PC)</source>
        <translation>Camera %1 (found on this PC)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>kept on this PC only</source>
        <translation>kept on this PC only</translation>
    </message>
    <message>
        <source>A password is stored on this PC: type a new one to replace it.</source>
        <translation>A password is stored on this PC: type a new one to replace it.</translation>
    </message>
    <message>
        <source>Demo camera (running; labels played from a folder)</source>
        <translation>Demo camera (running; labels played from a folder)</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>A camera number (0, 1, …), a stream URL (rtsp://…), a video file or a folder. Empty: no camera (handheld scanner and typing only).</source>
        <translation>A camera number (0, 1, …), a stream URL (rtsp://…), a video file or a folder. Empty: no camera (handheld scanner and typing only).</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min without use</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Block only if head office registered a pack</source>
        <translation>Block only if head office registered a pack</translation>
    </message>
    <message>
        <source>Record only, never block</source>
        <translation>Record only, never block</translation>
    </message>
    <message>
        <source>Treat like a new-energy vehicle</source>
        <translation>Treat like a new-energy vehicle</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>Enter a station name (for example gate-1).</source>
        <translation>Enter a station name (for example gate-1).</translation>
    </message>
    <message>
        <source>Tick at least one kind of symbol to read.</source>
        <translation>Tick at least one kind of symbol to read.</translation>
    </message>
    <message>
        <source>These settings cannot be saved: %1</source>
        <translation>These settings cannot be saved: %1</translation>
    </message>
</context>
<context>
    <name>SettingsYard</name>
    <message>
        <source>Only an administrator can change the yard details.</source>
        <translation>Only an administrator can change the yard details.</translation>
    </message>
    <message>
        <source>The yard code cannot change now: this year&apos;s certificates are numbered with it. Change it from 1 January, when numbering starts again.</source>
        <translation>The yard code cannot change now: this year&apos;s certificates are numbered with it. Change it from 1 January, when numbering starts again.</translation>
    </message>
    <message>
        <source>The yard code needs 2 to 8 capital letters or digits, for example SH01.</source>
        <translation>The yard code needs 2 to 8 capital letters or digits, for example SH01.</translation>
    </message>
    <message>
        <source>Enter the yard&apos;s name (at most 120 characters).</source>
        <translation>Enter the yard&apos;s name (at most 120 characters).</translation>
    </message>
    <message>
        <source>The USCC is not valid (%1): copy it from the business licence.</source>
        <translation>The USCC is not valid (%1): copy it from the business licence.</translation>
    </message>
    <message>
        <source>Unknown time zone: use a name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation>Unknown time zone: use a name such as Asia/Shanghai or Europe/Berlin.</translation>
    </message>
    <message>
        <source>The yard&apos;s market is fixed at set-up.</source>
        <translation>The yard&apos;s market is fixed at set-up.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Yard intake</source>
        <translation>Yard intake</translation>
    </message>
    <message>
        <source>The station was locked by its user. Sign in to continue.</source>
        <translation>The station was locked by its user. Sign in to continue.</translation>
    </message>
    <message>
        <source>The station was locked after a period without use. Sign in to continue.</source>
        <translation>The station was locked after a period without use. Sign in to continue.</translation>
    </message>
    <message>
        <source>Scanned while locked, recorded after you sign in: %1</source>
        <translation>Scanned while locked, recorded after you sign in: %1</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
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
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <source>Send the intake back to the operator</source>
        <translation>Send the intake back to the operator</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The registered pack that was replaced</source>
        <translation>The registered pack that was replaced</translation>
    </message>
    <message>
        <source>The pack scanned in its place</source>
        <translation>The pack scanned in its place</translation>
    </message>
    <message>
        <source>Replacement record reference</source>
        <translation>Replacement record reference</translation>
    </message>
    <message>
        <source>Resolve &amp;mismatch</source>
        <translation>Resolve &amp;mismatch</translation>
    </message>
    <message>
        <source>&amp;Confirm declared packs</source>
        <translation>&amp;Confirm declared packs</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>&amp;Issue certificate</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>&amp;Preview and print</source>
        <translation>&amp;Preview and print</translation>
    </message>
    <message>
        <source>Re&amp;print (copy)</source>
        <translation>Re&amp;print (copy)</translation>
    </message>
    <message>
        <source>Reason for voiding (required)</source>
        <translation>Reason for voiding (required)</translation>
    </message>
    <message>
        <source>&amp;Void certificate</source>
        <translation>&amp;Void certificate</translation>
    </message>
    <message>
        <source>Unlink this pack… (Del)</source>
        <translation>Unlink this pack… (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s)</source>
        <translation>
            <numerusform>%n intake</numerusform>
            <numerusform>%n intakes</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement recorded with its document reference.</source>
        <translation>Replacement recorded with its document reference.</translation>
    </message>
    <message>
        <source>Declared packs confirmed.</source>
        <translation>Declared packs confirmed.</translation>
    </message>
    <message>
        <source>Intake approved.</source>
        <translation>Intake approved.</translation>
    </message>
    <message>
        <source>Select a scanned pack in the table first.</source>
        <translation>Select a scanned pack in the table first.</translation>
    </message>
    <message>
        <source>Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).</source>
        <translation>Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Battery pack unlinked.</source>
        <translation>Battery pack unlinked.</translation>
    </message>
    <message>
        <source>Send this intake back to the operator? It leaves your queue until it is submitted again.</source>
        <translation>Send this intake back to the operator? It leaves your queue until it is submitted again.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Sent back to the operator.</source>
        <translation>Sent back to the operator.</translation>
    </message>
    <message>
        <source>Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards.</source>
        <translation>Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards.</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>Certificate issued: preview and print it now.</source>
        <translation>Certificate issued: preview and print it now.</translation>
    </message>
    <message>
        <source>Write why the certificate is voided, then press Void.</source>
        <translation>Write why the certificate is voided, then press Void.</translation>
    </message>
    <message>
        <source>Void certificate %1? The sheet no longer counts; the intake can be certified anew.</source>
        <translation>Void certificate %1? The sheet no longer counts; the intake can be certified anew.</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>Void certificate</translation>
    </message>
    <message>
        <source>Certificate voided; the intake is approved again and can be issued anew.</source>
        <translation>Certificate voided; the intake is approved again and can be issued anew.</translation>
    </message>
    <message>
        <source>Rendering the certificate…</source>
        <translation>Rendering the certificate…</translation>
    </message>
    <message>
        <source>Awaiting review or certificate</source>
        <translation>Awaiting review or certificate</translation>
    </message>
    <message>
        <source>Certified (void, reprint)</source>
        <translation>Certified (void, reprint)</translation>
    </message>
    <message>
        <source>Expected: %1   Scanned: %2</source>
        <translation>Expected: %1   Scanned: %2</translation>
    </message>
    <message>
        <source>(declared, confirmed)</source>
        <translation>(declared, confirmed)</translation>
    </message>
    <message>
        <source>(declared, not confirmed)</source>
        <translation>(declared, not confirmed)</translation>
    </message>
    <message>
        <source>Safety triage: %1</source>
        <translation>Safety triage: %1</translation>
    </message>
    <message>
        <source>No safety triage recorded.</source>
        <translation>No safety triage recorded.</translation>
    </message>
    <message>
        <source>No certificate issued.</source>
        <translation>No certificate issued.</translation>
    </message>
    <message>
        <source>Certificate %1, issued %2</source>
        <translation>Certificate %1, issued %2</translation>
    </message>
    <message>
        <source>Only a supervisor can issue certificates.</source>
        <translation>Only a supervisor can issue certificates.</translation>
    </message>
    <message>
        <source>Approve the intake first.</source>
        <translation>Approve the intake first.</translation>
    </message>
    <message>
        <source>Not possible yet: see the red banner for what is missing.</source>
        <translation>Not possible yet: see the red banner for what is missing.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Background sync is sending now.</source>
        <translation>Background sync is sending now.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n event(s) delivered.</source>
        <translation>
            <numerusform>Sent: %n event delivered.</numerusform>
            <numerusform>Sent: %n events delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1: take it to head office and bring back the receipt.</source>
        <translation>
            <numerusform>%n event written to %1: take it to head office and bring back the receipt.</numerusform>
            <numerusform>%n events written to %1: take it to head office and bring back the receipt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt applied: %n event(s) now delivered.</source>
        <translation>
            <numerusform>Receipt applied: %n event now delivered.</numerusform>
            <numerusform>Receipt applied: %n events now delivered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter head office&apos;s address, starting with https://.</source>
        <translation>Enter head office&apos;s address, starting with https://.</translation>
    </message>
    <message>
        <source>Enter the one-time token head office gave you.</source>
        <translation>Enter the one-time token head office gave you.</translation>
    </message>
    <message>
        <source>No CA file at %1: choose the file head office sent.</source>
        <translation>No CA file at %1: choose the file head office sent.</translation>
    </message>
    <message>
        <source>Enrolled at head office as %1.</source>
        <translation>Enrolled at head office as %1.</translation>
    </message>
    <message>
        <source>Another sync program is already sending this yard&apos;s records.</source>
        <translation>Another sync program is already sending this yard&apos;s records.</translation>
    </message>
    <message>
        <source>Running: records are sent every minute while the link is up.</source>
        <translation>Running: records are sent every minute while the link is up.</translation>
    </message>
    <message>
        <source>Not running: the yard is not enrolled yet.</source>
        <translation>Not running: the yard is not enrolled yet.</translation>
    </message>
    <message>
        <source>Stopped: records are sent only with “Sync now” or a USB stick.</source>
        <translation>Stopped: records are sent only with “Sync now” or a USB stick.</translation>
    </message>
    <message>
        <source>Stop background sync</source>
        <translation>Stop background sync</translation>
    </message>
    <message>
        <source>Start background sync</source>
        <translation>Start background sync</translation>
    </message>
    <message>
        <source>Export for head office</source>
        <translation>Export for head office</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate</source>
        <translation>Head office&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Head office&apos;s receipt</source>
        <translation>Head office&apos;s receipt</translation>
    </message>
    <message>
        <source>Sync did not work: %1</source>
        <translation>Sync did not work: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Head office: %1</source>
        <translation>Head office: %1</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 (of which on a USB stick: %2)</source>
        <translation>Waiting to be sent: %1 (of which on a USB stick: %2)</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Delivered: %1</translation>
    </message>
    <message>
        <source>Refused by head office: %1</source>
        <translation>Refused by head office: %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>Last error (%1 in a row): %2</source>
        <translation>Last error (%1 in a row): %2</translation>
    </message>
    <message>
        <source>Refused by head office</source>
        <translation>Refused by head office</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>Sync with head office</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Export to a USB stick…</source>
        <translation>&amp;Export to a USB stick…</translation>
    </message>
    <message>
        <source>&amp;Import head office&apos;s receipt…</source>
        <translation>&amp;Import head office&apos;s receipt…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Background sync</translation>
    </message>
    <message>
        <source>Enrol this yard at head office</source>
        <translation>Enrol this yard at head office</translation>
    </message>
    <message>
        <source>Head office &amp;URL</source>
        <translation>Head office &amp;URL</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>One-time &amp;token</source>
        <translation>One-time &amp;token</translation>
    </message>
    <message>
        <source>&amp;CA file (optional)</source>
        <translation>&amp;CA file (optional)</translation>
    </message>
    <message>
        <source>only if head office sent a CA certificate (.pem)</source>
        <translation>only if head office sent a CA certificate (.pem)</translation>
    </message>
    <message>
        <source>CA file…</source>
        <translation>CA file…</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>En&amp;rol</translation>
    </message>
    <message>
        <source>Head office&apos;s administrator gives the address and a token that works once. Only an administrator of this yard can enrol it.</source>
        <translation>Head office&apos;s administrator gives the address and a token that works once. Only an administrator of this yard can enrol it.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message numerus="yes">
        <source>%n event(s) refused by head office: records head office does not hold. Settle each one with head office or the other yard, then mark it handled.</source>
        <translation>
            <numerusform>%n event refused by head office: a record head office does not hold. Settle it with head office or the other yard, then mark it handled.</numerusform>
            <numerusform>%n events refused by head office: records head office does not hold. Settle each one with head office or the other yard, then mark it handled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head office has refused nothing.</source>
        <translation>Head office has refused nothing.</translation>
    </message>
    <message>
        <source>Head office said: “%1”</source>
        <translation>Head office said: “%1”</translation>
    </message>
    <message>
        <source>Only a supervisor can mark a refusal as handled.</source>
        <translation>Only a supervisor can mark a refusal as handled.</translation>
    </message>
    <message>
        <source>Write what was done about it first (for example: called the other yard).</source>
        <translation>Write what was done about it first (for example: called the other yard).</translation>
    </message>
    <message>
        <source>Marked as handled.</source>
        <translation>Marked as handled.</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Why refused</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>e.g. called the other yard: the pack was scanned there by mistake</source>
        <translation>e.g. called the other yard: the pack was scanned there by mistake</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>What was &amp;done</translation>
    </message>
    <message>
        <source>Mark as &amp;handled</source>
        <translation>Mark as &amp;handled</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Sync error details</source>
        <translation>Sync error details</translation>
    </message>
    <message>
        <source>Sync: reading…</source>
        <translation>Sync: reading…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for head office</source>
        <translation>
            <numerusform>%n event waiting for head office</numerusform>
            <numerusform>%n events waiting for head office</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>last success %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused by head office</source>
        <translation>
            <numerusform>⚠ %n refused by head office</numerusform>
            <numerusform>⚠ %n refused by head office</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ last attempt failed</source>
        <translation>⚠ last attempt failed</translation>
    </message>
    <message>
        <source>Last attempt failed: %1 (right-click for details)</source>
        <translation>Last attempt failed: %1 (right-click for details)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The yard is not set up yet: finish the set-up first.</source>
        <translation>The yard is not set up yet: finish the set-up first.</translation>
    </message>
    <message>
        <source>This yard is not enrolled at head office yet: enter head office&apos;s address and a one-time token.</source>
        <translation>This yard is not enrolled at head office yet: enter head office&apos;s address and a one-time token.</translation>
    </message>
    <message>
        <source>Head office revoked this yard&apos;s key, or this yard made a new key: nothing more is sent. Ask head office for a new enrolment token (made with --replace-key) and enrol again.</source>
        <translation>Head office revoked this yard&apos;s key, or this yard made a new key: nothing more is sent. Ask head office for a new enrolment token (made with --replace-key) and enrol again.</translation>
    </message>
    <message>
        <source>Head office cannot be reached (no network or head office is down). Nothing is lost: records are sent when the link is back, or take them on a USB stick.</source>
        <translation>Head office cannot be reached (no network or head office is down). Nothing is lost: records are sent when the link is back, or take them on a USB stick.</translation>
    </message>
    <message>
        <source>Head office&apos;s certificate is not trusted by this PC: enrol again and give the CA file head office&apos;s administrator sent.</source>
        <translation>Head office&apos;s certificate is not trusted by this PC: enrol again and give the CA file head office&apos;s administrator sent.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is more than a day off, so head office refused the request: set the right date and time, then sync again.</source>
        <translation>This PC&apos;s clock is more than a day off, so head office refused the request: set the right date and time, then sync again.</translation>
    </message>
    <message>
        <source>Head office had a problem and could not take the records; it is tried again automatically.</source>
        <translation>Head office had a problem and could not take the records; it is tried again automatically.</translation>
    </message>
    <message>
        <source>Head office refused the request. Call head office.</source>
        <translation>Head office refused the request. Call head office.</translation>
    </message>
    <message>
        <source>A document from head office did not carry head office&apos;s valid signature: it was not used.</source>
        <translation>A document from head office did not carry head office&apos;s valid signature: it was not used.</translation>
    </message>
    <message>
        <source>That file cannot be used: choose the receipt head office made for this yard&apos;s export.</source>
        <translation>That file cannot be used: choose the receipt head office made for this yard&apos;s export.</translation>
    </message>
    <message>
        <source>That folder does not exist: is the USB stick plugged in?</source>
        <translation>That folder does not exist: is the USB stick plugged in?</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly; the log has the details.</source>
        <translation>Sync failed unexpectedly; the log has the details.</translation>
    </message>
    <message>
        <source>Head office did not accept the token (wrong, used or expired): ask head office for a new one.</source>
        <translation>Head office did not accept the token (wrong, used or expired): ask head office for a new one.</translation>
    </message>
    <message>
        <source>Head office does not know this yard (never enrolled or revoked): enrol again with a new token.</source>
        <translation>Head office does not know this yard (never enrolled or revoked): enrol again with a new token.</translation>
    </message>
    <message>
        <source>Head office did not accept this yard&apos;s signature: check the PC&apos;s date and time, then call head office.</source>
        <translation>Head office did not accept this yard&apos;s signature: check the PC&apos;s date and time, then call head office.</translation>
    </message>
    <message>
        <source>Head office did not accept this yard&apos;s signature: call head office.</source>
        <translation>Head office did not accept this yard&apos;s signature: call head office.</translation>
    </message>
    <message>
        <source>Head office is missing earlier records of this yard: call head office before going on.</source>
        <translation>Head office is missing earlier records of this yard: call head office before going on.</translation>
    </message>
    <message>
        <source>Head office refused a batch as too large: call support.</source>
        <translation>Head office refused a batch as too large: call support.</translation>
    </message>
    <message>
        <source>Head office found this yard&apos;s records changed after they were sealed: run &apos;dismantler audit verify&apos; and call support.</source>
        <translation>Head office found this yard&apos;s records changed after they were sealed: run &apos;dismantler audit verify&apos; and call support.</translation>
    </message>
    <message>
        <source>Head office could not read what this yard sent: call support (the details are in the log).</source>
        <translation>Head office could not read what this yard sent: call support (the details are in the log).</translation>
    </message>
    <message>
        <source>Head office runs another version of the sync: update this app or ask head office to update.</source>
        <translation>Head office runs another version of the sync: update this app or ask head office to update.</translation>
    </message>
    <message>
        <source>Head office already received this exact request; the next sync sends a fresh one.</source>
        <translation>Head office already received this exact request; the next sync sends a fresh one.</translation>
    </message>
    <message>
        <source>Head office refused a photo as unreadable: call support (the details are in the log).</source>
        <translation>Head office refused a photo as unreadable: call support (the details are in the log).</translation>
    </message>
    <message>
        <source>A photo upload was interrupted; it is sent again at the next sync.</source>
        <translation>A photo upload was interrupted; it is sent again at the next sync.</translation>
    </message>
    <message>
        <source>Head office revoked this yard&apos;s key: ask head office for a new enrolment token (made with --replace-key) and enrol again.</source>
        <translation>Head office revoked this yard&apos;s key: ask head office for a new enrolment token (made with --replace-key) and enrol again.</translation>
    </message>
    <message>
        <source>Head office refused the request&apos;s time: set this PC&apos;s date and time, then sync again.</source>
        <translation>Head office refused the request&apos;s time: set this PC&apos;s date and time, then sync again.</translation>
    </message>
    <message>
        <source>Head office is waiting for earlier records before taking these; they are sent again later.</source>
        <translation>Head office is waiting for earlier records before taking these; they are sent again later.</translation>
    </message>
    <message>
        <source>Head office sent other reference data than asked for; it is fetched again at the next sync.</source>
        <translation>Head office sent other reference data than asked for; it is fetched again at the next sync.</translation>
    </message>
    <message>
        <source>Pack already on a vehicle in another yard</source>
        <translation>Pack already on a vehicle in another yard</translation>
    </message>
    <message>
        <source>Record changed after it was sent</source>
        <translation>Record changed after it was sent</translation>
    </message>
    <message>
        <source>Record incomplete</source>
        <translation>Record incomplete</translation>
    </message>
    <message>
        <source>Pack handed over to a receiver not on head office&apos;s white list</source>
        <translation>Pack handed over to a receiver not on head office&apos;s white list</translation>
    </message>
    <message>
        <source>Certificate number already names another vehicle at head office: void this certificate and issue a new one</source>
        <translation>Certificate number already names another vehicle at head office: void this certificate and issue a new one</translation>
    </message>
    <message>
        <source>This yard&apos;s audit trail went back behind what head office already holds (a restored backup?): run &apos;dismantler audit verify&apos; and call support</source>
        <translation>This yard&apos;s audit trail went back behind what head office already holds (a restored backup?): run &apos;dismantler audit verify&apos; and call support</translation>
    </message>
    <message>
        <source>This yard&apos;s audit trail was rewritten after head office received it: run &apos;dismantler audit verify&apos; and call support</source>
        <translation>This yard&apos;s audit trail was rewritten after head office received it: run &apos;dismantler audit verify&apos; and call support</translation>
    </message>
    <message>
        <source>Pack scanned</source>
        <translation>Pack scanned</translation>
    </message>
    <message>
        <source>Pack released</source>
        <translation>Pack released</translation>
    </message>
    <message>
        <source>Intake opened</source>
        <translation>Intake opened</translation>
    </message>
    <message>
        <source>Vehicle corrected</source>
        <translation>Vehicle corrected</translation>
    </message>
    <message>
        <source>Documents recorded</source>
        <translation>Documents recorded</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Certificate voided</source>
        <translation>Certificate voided</translation>
    </message>
    <message>
        <source>Official certificate number recorded</source>
        <translation>Official certificate number recorded</translation>
    </message>
    <message>
        <source>Expected packs recorded</source>
        <translation>Expected packs recorded</translation>
    </message>
    <message>
        <source>Declared packs confirmed</source>
        <translation>Declared packs confirmed</translation>
    </message>
    <message>
        <source>Pack handed over</source>
        <translation>Pack handed over</translation>
    </message>
    <message>
        <source>Hand-over details completed</source>
        <translation>Hand-over details completed</translation>
    </message>
    <message>
        <source>Battery passport recorded</source>
        <translation>Battery passport recorded</translation>
    </message>
    <message>
        <source>Replaced pack resolved</source>
        <translation>Replaced pack resolved</translation>
    </message>
    <message>
        <source>Pack triaged</source>
        <translation>Pack triaged</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>Photo deleted</source>
        <translation>Photo deleted</translation>
    </message>
    <message>
        <source>Report recorded as sent</source>
        <translation>Report recorded as sent</translation>
    </message>
    <message>
        <source>Vehicle disposition recorded</source>
        <translation>Vehicle disposition recorded</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>User roles changed</source>
        <translation>User roles changed</translation>
    </message>
    <message>
        <source>Yard set up</source>
        <translation>Yard set up</translation>
    </message>
    <message>
        <source>Yard details changed</source>
        <translation>Yard details changed</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Policy changed</translation>
    </message>
    <message>
        <source>Head office refused the request (%1). Call head office.</source>
        <translation>Head office refused the request (%1). Call head office.</translation>
    </message>
    <message>
        <source>Record no longer in the outbox</source>
        <translation>Record no longer in the outbox</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>pack %1</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificate %1</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>held by %1</translation>
    </message>
    <message>
        <source>at yard %1</source>
        <translation>at yard %1</translation>
    </message>
</context>
<context>
    <name>TextSuggestion</name>
    <message>
        <source>Read from the printed text, which has no check character, and not among this vehicle&apos;s expected packs. Compare it with the label.</source>
        <translation>Read from the printed text, which has no check character, and not among this vehicle&apos;s expected packs. Compare it with the label.</translation>
    </message>
    <message>
        <source>Read from the printed text, and its check digit does not match. Compare it with the label.</source>
        <translation>Read from the printed text, and its check digit does not match. Compare it with the label.</translation>
    </message>
    <message>
        <source>Read from the printed text with look-alike characters corrected. Compare it with the label.</source>
        <translation>Read from the printed text with look-alike characters corrected. Compare it with the label.</translation>
    </message>
    <message>
        <source>Confirm (%1)</source>
        <translation>Confirm (%1)</translation>
    </message>
    <message>
        <source>Not this code</source>
        <translation>Not this code</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Safety triage of a battery pack</source>
        <translation>Safety triage of a battery pack</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <source>Visible &amp;damage</source>
        <translation>Visible &amp;damage</translation>
    </message>
    <message>
        <source>&amp;Leakage</source>
        <translation>&amp;Leakage</translation>
    </message>
    <message>
        <source>S&amp;welling</source>
        <translation>S&amp;welling</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Fire history</source>
        <translation>Fire history</translation>
    </message>
    <message>
        <source>Flood history</source>
        <translation>Flood history</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperature</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>&amp;Insulation resistance</source>
        <translation>&amp;Insulation resistance</translation>
    </message>
    <message>
        <source> MΩ</source>
        <translation> MΩ</translation>
    </message>
    <message>
        <source>Pack &amp;voltage</source>
        <translation>Pack &amp;voltage</translation>
    </message>
    <message>
        <source> V</source>
        <translation> V</translation>
    </message>
    <message>
        <source>State of &amp;charge</source>
        <translation>State of &amp;charge</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;BMS fault codes</source>
        <translation>&amp;BMS fault codes</translation>
    </message>
    <message>
        <source>&amp;Risk class</source>
        <translation>&amp;Risk class</translation>
    </message>
    <message>
        <source>&amp;Quarantine location</source>
        <translation>&amp;Quarantine location</translation>
    </message>
    <message>
        <source>Still to answer: %1.</source>
        <translation>Still to answer: %1.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Set &amp;roles</source>
        <translation>Set &amp;roles</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>Selected user: %1</translation>
    </message>
    <message>
        <source>Select a user in the list</source>
        <translation>Select a user in the list</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Roles of %1 saved.</source>
        <translation>Roles of %1 saved.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>VehicleChoices</name>
    <message>
        <source>Small new-energy vehicle</source>
        <translation>Small new-energy vehicle</translation>
    </message>
    <message>
        <source>Small vehicle</source>
        <translation>Small vehicle</translation>
    </message>
    <message>
        <source>Large new-energy vehicle</source>
        <translation>Large new-energy vehicle</translation>
    </message>
    <message>
        <source>Large vehicle</source>
        <translation>Large vehicle</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>Driving-school vehicle</source>
        <translation>Driving-school vehicle</translation>
    </message>
    <message>
        <source>Vehicle from outside the mainland</source>
        <translation>Vehicle from outside the mainland</translation>
    </message>
    <message>
        <source>Foreign-registered vehicle</source>
        <translation>Foreign-registered vehicle</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Unified social credit code certificate</source>
        <translation>Unified social credit code certificate</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit (Hong Kong, Macao)</source>
        <translation>Mainland travel permit (Hong Kong, Macao)</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>surrendered with the vehicle</source>
        <translation>surrendered with the vehicle</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Vehicle, owner and documents</source>
        <translation>Vehicle, owner and documents</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Plate</translation>
    </message>
    <message>
        <source>Plate t&amp;ype</source>
        <translation>Plate t&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Registration certificate no.</source>
        <translation>&amp;Registration certificate no.</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>Body &amp;colour</source>
        <translation>Body &amp;colour</translation>
    </message>
    <message>
        <source>Po&amp;wertrain</source>
        <translation>Po&amp;wertrain</translation>
    </message>
    <message>
        <source>&amp;Engine number</source>
        <translation>&amp;Engine number</translation>
    </message>
    <message>
        <source>Drive motor n&amp;umber</source>
        <translation>Drive motor n&amp;umber</translation>
    </message>
    <message>
        <source>Weighed &amp;mass</source>
        <translation>Weighed &amp;mass</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Leave at “—” when the vehicle was not weighed</source>
        <translation>Leave at “—” when the vehicle was not weighed</translation>
    </message>
    <message>
        <source>Battery-&amp;swap model</source>
        <translation>Battery-&amp;swap model</translation>
    </message>
    <message>
        <source>&amp;Frame/body present</source>
        <translation>&amp;Frame/body present</translation>
    </message>
    <message>
        <source>Engine or drive m&amp;otor present</source>
        <translation>Engine or drive m&amp;otor present</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>&amp;Kind of ID document</source>
        <translation>&amp;Kind of ID document</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Documents received and checks</source>
        <translation>Documents received and checks</translation>
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
        <source>Mortga&amp;ge check</source>
        <translation>Mortga&amp;ge check</translation>
    </message>
    <message>
        <source>&amp;Theft check</source>
        <translation>&amp;Theft check</translation>
    </message>
    <message>
        <source>I&amp;dentifier inspection</source>
        <translation>I&amp;dentifier inspection</translation>
    </message>
    <message>
        <source>Registration document</source>
        <translation>Registration document</translation>
    </message>
    <message>
        <source>Owner&apos;s written statement on a missing battery</source>
        <translation>Owner&apos;s written statement on a missing battery</translation>
    </message>
    <message>
        <source>✖ Not a VIN: %1</source>
        <translation>✖ Not a VIN: %1</translation>
    </message>
    <message>
        <source>✔ Valid VIN</source>
        <translation>✔ Valid VIN</translation>
    </message>
    <message>
        <source>⚠ Check digit is %1, expected %2: compare with the vehicle licence</source>
        <translation>⚠ Check digit is %1, expected %2: compare with the vehicle licence</translation>
    </message>
    <message>
        <source>⚠ Not a Chinese plate (%1): saved as typed</source>
        <translation>⚠ Not a Chinese plate (%1): saved as typed</translation>
    </message>
    <message>
        <source>new-energy plate</source>
        <translation>new-energy plate</translation>
    </message>
    <message>
        <source>ordinary plate</source>
        <translation>ordinary plate</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>Recorded: %1 (type to replace)</source>
        <translation>Recorded: %1 (type to replace)</translation>
    </message>
    <message>
        <source>⚠ Not a resident ID number (%1): saved as typed</source>
        <translation>⚠ Not a resident ID number (%1): saved as typed</translation>
    </message>
</context>
<context>
    <name>VehicleText</name>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
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
