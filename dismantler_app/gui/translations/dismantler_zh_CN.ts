<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatteriesPage</name>
    <message>
        <source>Batteries in stock</source>
        <translation>在库电池</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the selected pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code (18 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability reports due (15 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s 18-character unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not a valid credit code: check each character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack leaves the yard only after its vehicle&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1 handed over; its report is now due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished">车辆识别代号 VIN</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished">入场登记</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN or pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Rendering the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page images need poppler (pdftoppm); this is what the certificate states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), signed by the yard&apos;s key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void notice for certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 — copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation type="unfinished">动力类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">车主</translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation type="unfinished">动力蓄电池包</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
</context>
<context>
    <name>DeclarePacksDialog</name>
    <message>
        <source>Declared battery packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office has no registered packs for this vehicle. Enter what the vehicle documents say: the pack codes, one per line, or only how many packs. A supervisor confirms the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp;codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or only the &amp;number of packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not battery codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ %n pack code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAccountsNote</name>
    <message>
        <source>every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished">操作员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo yard: the data is thrown away when the app closes. Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera plays demo labels: the VIN of the vehicle missing a pack, then that pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityBanner</name>
    <message>
        <source>No vehicle: scan or type the VIN to start</source>
        <translation>尚无车辆：请扫描或输入车辆识别代号（VIN）开始</translation>
    </message>
    <message>
        <source>✔ Certificate can be issued</source>
        <translation>✔ 可以出具报废机动车回收证明</translation>
    </message>
    <message numerus="yes">
        <source>✖ No certificate: %n problem(s) to fix</source>
        <translation>
            <numerusform>✖ 不能出具回收证明：需处理 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your work so far is saved and the app keeps running. Please copy the details and send them to your administrator.</source>
        <translation>抱歉，程序出现错误。已完成的工作均已保存，程序可继续使用。请复制详细信息并发送给管理员。</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>The yard code needs 2 to 8 capital letters or digits, for example SH01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the yard&apos;s name (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USCC is not valid (%1): copy it from the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sign-in name of 1 to 64 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the yard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera chosen: the station works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation type="unfinished">摄像头故障：%1</translation>
    </message>
    <message>
        <source>✔ The camera works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for the first USB camera, rtsp://… or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up this yard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your yard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are printed on every certificate and sent to head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yard &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yard &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SH01, printed in certificate numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence/permit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;USCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, from the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account can do everything: it adds the operators and supervisors afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the camera and test it, or leave it empty to work with a handheld scanner and the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号 VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>动力类型</translation>
    </message>
    <message>
        <source>Weighed mass</source>
        <translation>过磅质量</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Edit vehicle, owner and documents (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation>动力蓄电池包</translation>
    </message>
    <message>
        <source>Declared packs (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety triage (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Type or scan a VIN or battery code, then Enter</source>
        <translation>输入或扫描车辆识别代号或动力蓄电池编码，然后按回车</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>New vehicle (F2)</source>
        <translation>新车辆 (F2)</translation>
    </message>
    <message>
        <source>Submit for review (F9)</source>
        <translation>提交审核 (F9)</translation>
    </message>
    <message>
        <source>Issue certificate (F10)</source>
        <translation>出具回收证明 (F10)</translation>
    </message>
    <message>
        <source>Opening the intake for VIN %1…</source>
        <translation>正在打开车辆识别代号 %1 的入场登记…</translation>
    </message>
    <message>
        <source>This intake is for VIN %1. Press New vehicle (F2) first.</source>
        <translation>当前登记的车辆识别代号为 %1。请先按“新车辆 (F2)”。</translation>
    </message>
    <message>
        <source>Scan or type the VIN first, then the battery packs.</source>
        <translation>请先扫描或输入车辆识别代号，再扫描动力蓄电池包。</translation>
    </message>
    <message>
        <source>Not a VIN or battery code: %1</source>
        <translation>不是车辆识别代号或动力蓄电池编码：%1</translation>
    </message>
    <message>
        <source>Battery pack %1 recorded.</source>
        <translation>已登记电池包 %1。</translation>
    </message>
    <message>
        <source>Battery pack %1 was already scanned.</source>
        <translation>电池包 %1 已扫描过。</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to another vehicle (%2).</source>
        <translation>电池包 %1 属于另一辆车（%2）。</translation>
    </message>
    <message>
        <source>VIN confirmed on the vehicle.</source>
        <translation>车辆识别代号已在车上核对一致。</translation>
    </message>
    <message>
        <source>The VIN scanned does not match this intake.</source>
        <translation>扫描的车辆识别代号与本次登记不一致。</translation>
    </message>
    <message>
        <source>Certificate %1 issued.</source>
        <translation>已出具回收证明 %1。</translation>
    </message>
    <message>
        <source>Expected: %1   Scanned: %2</source>
        <translation>应有：%1   已扫描：%2</translation>
    </message>
    <message>
        <source>Only a supervisor can issue certificates.</source>
        <translation>只有主管可以出具回收证明。</translation>
    </message>
    <message>
        <source>Not possible yet: see the red banner for what is missing.</source>
        <translation>暂不能出具：缺少的内容见红色提示栏。</translation>
    </message>
    <message>
        <source>No camera set up: use a handheld scanner or type the codes.</source>
        <translation>未设置摄像头：请使用手持扫码枪或手动输入编码。</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>摄像头故障：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yard intake</source>
        <translation>报废车辆入场登记</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>入场登记</translation>
    </message>
    <message>
        <source>Supervisor desk</source>
        <translation>主管审核</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录查询</translation>
    </message>
    <message>
        <source>Batteries in stock</source>
        <translation>在库电池</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>工位：%1</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Switch the language of the screens</source>
        <translation>切换界面语言</translation>
    </message>
    <message>
        <source>中文 / English</source>
        <translation>中文 / English</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the station (Ctrl+L)</source>
        <translation>锁定工位 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>PacksTable</name>
    <message>
        <source>✔ Present</source>
        <translation>✔ 已到</translation>
    </message>
    <message>
        <source>✖ Missing</source>
        <translation>✖ 缺失</translation>
    </message>
    <message>
        <source>≠ Mismatched</source>
        <translation>≠ 不一致</translation>
    </message>
    <message>
        <source>⚠ Linked to another vehicle</source>
        <translation>⚠ 已关联其他车辆</translation>
    </message>
    <message>
        <source>? Not registered</source>
        <translation>? 未登记</translation>
    </message>
    <message>
        <source>✔ Replaced (record)</source>
        <translation>✔ 已更换（有记录）</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>P&amp;hoto of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The name or password is not right. Try again, or ask an administrator to reset your password.</source>
        <translation>用户名或密码不正确。请重试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>Your role does not allow this ({action}). Ask a supervisor.</source>
        <translation>您的角色无权执行此操作（{action}）。请联系主管。</translation>
    </message>
    <message>
        <source>Not found: {entity} {key}.</source>
        <translation>未找到：{entity} {key}。</translation>
    </message>
    <message>
        <source>The {field} is not valid ({reason}). Check it and enter it again.</source>
        <translation>{field} 无效（{reason}）。请核对后重新输入。</translation>
    </message>
    <message>
        <source>This {entity} is {state}, so this cannot be done now.</source>
        <translation>该{entity}当前状态为 {state}，现在不能执行此操作。</translation>
    </message>
    <message>
        <source>No certificate can be issued:</source>
        <translation>不能出具回收证明：</translation>
    </message>
    <message>
        <source>That is not a valid code ({reason}). Scan it again or type it.</source>
        <translation>这不是有效的编码（{reason}）。请重新扫描或手动输入。</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>操作被拒绝（{code}）。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>The VIN {vin} is not a valid VIN: check it against the vehicle licence.</source>
        <translation>车辆识别代号 {vin} 无效：请与行驶证核对。</translation>
    </message>
    <message>
        <source>The VIN {vin} fails its check digit (found {found}, expected {expected}): check the VIN on the vehicle.</source>
        <translation>车辆识别代号 {vin} 校验位不符（实际 {found}，应为 {expected}）：请核对车上的车辆识别代号。</translation>
    </message>
    <message>
        <source>Documents missing: {missing}.</source>
        <translation>缺少证件：{missing}。</translation>
    </message>
    <message>
        <source>The {check} check has not been done yet.</source>
        <translation>尚未完成{check}核查。</translation>
    </message>
    <message>
        <source>The vehicle is mortgaged or pledged.</source>
        <translation>车辆处于抵押或质押状态。</translation>
    </message>
    <message>
        <source>The vehicle is suspected stolen.</source>
        <translation>车辆涉嫌被盗抢。</translation>
    </message>
    <message>
        <source>The VIN or engine number is suspected forged.</source>
        <translation>车辆识别代号或发动机号涉嫌伪造。</translation>
    </message>
    <message>
        <source>The frame or body is missing.</source>
        <translation>车架或车身缺失。</translation>
    </message>
    <message>
        <source>The engine or drive motor is missing.</source>
        <translation>发动机或驱动电机缺失。</translation>
    </message>
    <message>
        <source>It is not known which battery packs this vehicle should carry: enter them from the documents.</source>
        <translation>不清楚该车应配备哪些动力蓄电池包：请根据证件录入。</translation>
    </message>
    <message>
        <source>The declared battery packs need a supervisor&apos;s confirmation.</source>
        <translation>申报的动力蓄电池包需经主管确认。</translation>
    </message>
    <message>
        <source>No traction battery pack has been scanned.</source>
        <translation>尚未扫描任何动力蓄电池包。</translation>
    </message>
    <message>
        <source>Battery pack {expected} is missing: scan it.</source>
        <translation>电池包 {expected} 缺失：请扫描。</translation>
    </message>
    <message>
        <source>Battery packs missing: {scanned_count} of {expected_count} scanned.</source>
        <translation>电池包缺失：应有 {expected_count} 个，已扫描 {scanned_count} 个。</translation>
    </message>
    <message>
        <source>Battery pack {scanned} is not registered for this vehicle.</source>
        <translation>电池包 {scanned} 未登记在该车名下。</translation>
    </message>
    <message>
        <source>More battery packs than expected: {scanned_count} scanned, {expected_count} expected.</source>
        <translation>电池包数量多于应有数量：已扫描 {scanned_count} 个，应有 {expected_count} 个。</translation>
    </message>
    <message>
        <source>Battery pack {scanned} was scanned where {expected} is registered: a supervisor resolves it with the replacement record.</source>
        <translation>扫描到电池包 {scanned}，登记的是 {expected}：需由主管依据更换记录处理。</translation>
    </message>
    <message>
        <source>Battery pack {pack} is linked to another vehicle ({other_vin}).</source>
        <translation>电池包 {pack} 已关联另一辆车（{other_vin}）。</translation>
    </message>
    <message>
        <source>Battery pack {pack} has no safety triage yet.</source>
        <translation>电池包 {pack} 尚未进行安全检测分级。</translation>
    </message>
    <message>
        <source>Battery pack {pack} is abnormal and needs a quarantine location.</source>
        <translation>电池包 {pack} 异常，需登记隔离存放位置。</translation>
    </message>
    <message>
        <source>Battery-swap model: exempt from the battery rule.</source>
        <translation>换电车型：不适用电池随车规定。</translation>
    </message>
    <message>
        <source>The owner&apos;s statement on the missing battery was accepted.</source>
        <translation>已接受车主关于电池缺失的书面说明。</translation>
    </message>
    <message>
        <source>The owner&apos;s statement on the missing battery is not accepted by this yard&apos;s policy.</source>
        <translation>按本厂规定，不接受车主关于电池缺失的书面说明。</translation>
    </message>
    <message>
        <source>Battery pack {expected} was replaced by {scanned} (record {document_ref}).</source>
        <translation>电池包 {expected} 已更换为 {scanned}（记录 {document_ref}）。</translation>
    </message>
    <message>
        <source>Additional battery pack {scanned} accepted (record {document_ref}).</source>
        <translation>已接受附加电池包 {scanned}（记录 {document_ref}）。</translation>
    </message>
    <message>
        <source>The VIN check digit does not match (found {found}, expected {expected}); this market does not require it.</source>
        <translation>车辆识别代号校验位不符（实际 {found}，应为 {expected}）；本市场不强制要求校验位。</translation>
    </message>
    <message>
        <source>The battery rule is switched off for this yard.</source>
        <translation>本厂已关闭电池随车规定。</translation>
    </message>
    <message>
        <source>owner ID</source>
        <translation>车主身份证明</translation>
    </message>
    <message>
        <source>registration certificate</source>
        <translation>机动车登记证书</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>机动车行驶证</translation>
    </message>
    <message>
        <source>plates</source>
        <translation>号牌</translation>
    </message>
    <message>
        <source>mortgage</source>
        <translation>抵押</translation>
    </message>
    <message>
        <source>theft</source>
        <translation>盗抢</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>车辆识别代号及发动机号</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Elevated risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After dismantling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack left the yard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered packs loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared packs confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>记录查询</translation>
    </message>
    <message>
        <source>Battery pack code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished">车辆识别代号 VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueTable</name>
    <message>
        <source>VIN</source>
        <translation type="unfinished">车辆识别代号 VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since / certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This station (this PC only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 39</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second decoder (pyzbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &amp;prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &amp;suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yard (all stations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing traction battery blocks the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the owner&apos;s statement on a missing battery (before 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery-swap models are exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong VIN check digit blocks the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mortgage check required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft check required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety triage of every pack required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hybrid (HEV) packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation type="unfinished">车主身份证明</translation>
    </message>
    <message>
        <source>Registration certificate</source>
        <translation type="unfinished">机动车登记证书</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished">机动车行驶证</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">号牌</translation>
    </message>
    <message>
        <source>Save &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file is damaged (%1). Check the settings and save to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the damaged settings file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file cannot be read (%1). Replace it with the settings shown? A copy of the damaged file is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new station name is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.avi *.mkv *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no camera (handheld scanner and typing only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera number (0, 1, …), a stream URL (rtsp://…), a video file or a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Yard intake</source>
        <translation>报废车辆入场登记</translation>
    </message>
    <message>
        <source>The station was locked after a period without use. Sign in to continue.</source>
        <translation>工位因长时间无操作已锁定。请登录后继续。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>用户名(&amp;N)</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor desk</source>
        <translation>主管审核</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished">车辆识别代号 VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">车主</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation type="unfinished">动力类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished">证件</translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation type="unfinished">动力蓄电池包</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the intake back to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered pack that was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack scanned in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement record reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm declared packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for voiding (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement recorded with its document reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared packs confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued: preview and print it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the certificate is voided, then press Void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate voided; the intake is approved again and can be issued anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1   Scanned: %2</source>
        <translation type="unfinished">应有：%1   已扫描：%2</translation>
    </message>
    <message>
        <source>(declared, confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(declared, not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety triage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety triage recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1, issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n copy/copies printed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor can issue certificates.</source>
        <translation type="unfinished">只有主管可以出具回收证明。</translation>
    </message>
    <message>
        <source>Approve the intake first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible yet: see the red banner for what is missing.</source>
        <translation type="unfinished">暂不能出具：缺少的内容见红色提示栏。</translation>
    </message>
    <message>
        <source>Awaiting review or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (void, reprint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>Sent: %n event(s) delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1: take it to head office and bring back the receipt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt applied: %n event(s) now delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export for head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 (of which on a USB stick: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by head office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error (%1 in a row): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import head office&apos;s receipt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Sync: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for head office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused by head office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Safety triage of a battery pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insulation resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MΩ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp;voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of &amp;charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BMS fault codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An abnormal pack must be quarantined: enter where it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">、</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Vehicle, owner and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine/motor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;wertrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed &amp;mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery-&amp;swap model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame/body present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine or drive m&amp;otor present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">车主</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">用户名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation type="unfinished">车主身份证明</translation>
    </message>
    <message>
        <source>Registration certificate</source>
        <translation type="unfinished">机动车登记证书</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished">机动车行驶证</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">号牌</translation>
    </message>
    <message>
        <source>Mortga&amp;ge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theft check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentifier inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s written statement on a missing battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not a VIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Check digit is %1, expected %2: compare with the vehicle licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not a Chinese plate (%1): saved as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-energy plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not a resident ID number (%1): saved as typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleText</name>
    <message>
        <source>Combustion engine</source>
        <translation>燃油车</translation>
    </message>
    <message>
        <source>Hybrid (HEV)</source>
        <translation>混合动力（HEV）</translation>
    </message>
    <message>
        <source>Plug-in hybrid (PHEV)</source>
        <translation>插电式混合动力（PHEV）</translation>
    </message>
    <message>
        <source>Range extender (EREV)</source>
        <translation>增程式（EREV）</translation>
    </message>
    <message>
        <source>Battery electric (BEV)</source>
        <translation>纯电动（BEV）</translation>
    </message>
    <message>
        <source>Fuel cell (FCEV)</source>
        <translation>燃料电池（FCEV）</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>车主身份证明</translation>
    </message>
    <message>
        <source>Registration certificate</source>
        <translation>机动车登记证书</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>机动车行驶证</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>号牌</translation>
    </message>
    <message>
        <source>battery-swap model</source>
        <translation>换电车型</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 千克</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Mortgage check: %1</source>
        <translation>抵押核查：%1</translation>
    </message>
    <message>
        <source>Theft check: %1</source>
        <translation>盗抢核查：%1</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Vehicle, owner and documents saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared packs saved: a supervisor confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a battery pack first, then triage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera picture yet: take the photo from a file (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
