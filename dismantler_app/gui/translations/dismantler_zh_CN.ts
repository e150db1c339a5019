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
        <source>Packs in the yard: location, risk class, quarantine, hand-over to a receiver and reporting deadlines.</source>
        <translation>场内电池包：存放位置、风险等级、隔离、移交接收企业及上报期限。</translation>
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
        <source>Traction battery packs</source>
        <translation>动力蓄电池包</translation>
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
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>记录查询</translation>
    </message>
    <message>
        <source>Search intakes by VIN, plate, pack code, certificate number and date, with each intake&apos;s history.</source>
        <translation>按车辆识别代号、车牌号、电池包编码、回收证明编号和日期查询入场登记，并查看每次登记的历史记录。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>自动锁定</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>无操作 %n 分钟后</numerusform>
        </translation>
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
        <source>Intakes awaiting review: resolve mismatches, approve, issue, void and reprint certificates.</source>
        <translation>待审核的入场登记：处理电池不一致、审核通过、出具、作废和补打回收证明。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Records waiting to reach head office, the last successful sync and errors.</source>
        <translation>待上传总部的记录、最近一次成功同步及错误。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Add users, disable them, reset passwords and set roles.</source>
        <translation>添加用户、停用用户、重置密码和设置角色。</translation>
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
</TS>
