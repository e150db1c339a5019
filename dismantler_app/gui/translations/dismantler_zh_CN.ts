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
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Hand over the selected pack</source>
        <translation>移交所选电池包</translation>
    </message>
    <message>
        <source>Select a pack of a certified vehicle, then record who takes it away.</source>
        <translation>选择已出具回收证明车辆的电池包，再登记接收企业。</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>Traceability reports due (15 working days)</source>
        <translation>溯源信息上报期限(15个工作日)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack leaves the yard only after its vehicle&apos;s certificate.</source>
        <translation>车辆出具回收证明后，电池包方可出厂。</translation>
    </message>
    <message>
        <source>Pack %1 handed over; its report is now due.</source>
        <translation>电池包 %1 已移交；请按期上报溯源信息。</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>电池包编码</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>入场状态</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>回收证明</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>上报事项</translation>
    </message>
    <message>
        <source>VIN or pack</source>
        <translation>VIN 或电池包</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <source>Enter the yard&apos;s unified social credit code in the yard settings.</source>
        <translation>请在“设置 › 企业”中填写本企业的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Say which document the owner&apos;s ID number is from.</source>
        <translation>请注明证件号码对应的身份证明名称。</translation>
    </message>
    <message>
        <source>The plate number is missing.</source>
        <translation>缺少号牌号码。</translation>
    </message>
    <message>
        <source>The plate type is missing.</source>
        <translation>缺少号牌种类。</translation>
    </message>
    <message>
        <source>The body colour is missing.</source>
        <translation>缺少车身颜色。</translation>
    </message>
    <message>
        <source>The registration certificate number is missing.</source>
        <translation>缺少机动车登记证书编号。</translation>
    </message>
    <message>
        <source>This vehicle has an engine: enter its engine number.</source>
        <translation>该车有发动机：请填写发动机号码。</translation>
    </message>
    <message>
        <source>This vehicle has a drive motor: enter its motor number.</source>
        <translation>该车有驱动电机：请填写电动机号码。</translation>
    </message>
    <message>
        <source>Record whether the registration document was surrendered or destroyed.</source>
        <translation>请登记登记证件已交回还是已销毁。</translation>
    </message>
    <message>
        <source>Enter the treatment facility&apos;s name in the yard settings.</source>
        <translation>请在“设置 › 企业”中填写处理企业名称。</translation>
    </message>
    <message>
        <source>Enter the treatment facility&apos;s address in the yard settings.</source>
        <translation>请在“设置 › 企业”中填写处理企业地址。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>The certificate cannot be issued:
%1</source>
        <translation>无法出具回收证明：
%1</translation>
    </message>
    <message>
        <source>This is a %1 report and this yard does not report to that market. An administrator can turn the market on under Settings › Policy if the yard also reports there.</source>
        <translation>这是%1的报表，本企业未向该地区报送。如本企业也须向该地区报送，请管理员在“设置 › 回收证明规则”中开启该地区。</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Rendering the pages…</source>
        <translation>正在生成页面…</translation>
    </message>
    <message>
        <source>Page images need poppler (pdftoppm); this is what the certificate states.</source>
        <translation>页面预览需要安装 poppler (pdftoppm)；以下为证明所载内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), signed by the yard&apos;s key.</source>
        <translation>
            <numerusform>共 %n 页，已用本厂密钥签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送至 %1。</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>保存回收证明</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>操作未成功：%1</translation>
    </message>
    <message>
        <source>Void notice for certificate %1</source>
        <translation>回收证明 %1 作废通知</translation>
    </message>
    <message>
        <source>Certificate %1 — copy %2</source>
        <translation>回收证明 %1 — 第 %2 份副本</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>回收证明 %1</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation>厂牌型号</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>动力类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation>动力蓄电池</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>副本序号</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>回收证明预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DeclarePacksDialog</name>
    <message>
        <source>Declared battery packs</source>
        <translation>申报的动力蓄电池包</translation>
    </message>
    <message>
        <source>Head office has no registered packs for this vehicle. Enter what the vehicle documents say: the pack codes, one per line, or only how many packs. A supervisor confirms the declaration.</source>
        <translation>总部没有此车辆的电池包登记信息。请按车辆资料填写：每行一个电池包编码，或只填电池包数量。申报需由主管确认。</translation>
    </message>
    <message>
        <source>Pack &amp;codes</source>
        <translation>电池包编码(&amp;C)</translation>
    </message>
    <message>
        <source>Or only the &amp;number of packs</source>
        <translation>或只填电池包数量(&amp;N)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>✖ Not battery codes: %1</source>
        <translation>✖ 不是电池编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n pack code(s)</source>
        <translation>
            <numerusform>✔ %n 个电池包编码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAccountsNote</name>
    <message>
        <source>every role</source>
        <translation>全部角色</translation>
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
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Demo yard: the data is thrown away when the app closes. Sign in as:</source>
        <translation>演示拆解厂：关闭程序后数据即被清除。请使用以下账号登录：</translation>
    </message>
    <message>
        <source>The camera plays demo labels: the VIN of the vehicle missing a pack, then that pack.</source>
        <translation>摄像头播放演示标签：先是缺少电池包车辆的车辆识别代号（VIN），然后是所缺的电池包。</translation>
    </message>
    <message>
        <source>Close the demo? Everything recorded in it is thrown away.</source>
        <translation>关闭演示？演示中记录的所有数据都将被清除。</translation>
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
    <message>
        <source>✔ Certified: certificate %1</source>
        <translation>✔ 已出具回收证明：%1</translation>
    </message>
    <message>
        <source>✔ Certified</source>
        <translation>✔ 已出具回收证明</translation>
    </message>
    <message>
        <source>✔ Nothing missing: submit it (F9)</source>
        <translation>✔ 资料齐全：请提交（F9）</translation>
    </message>
    <message>
        <source>✔ Nothing missing: awaiting approval</source>
        <translation>✔ 资料齐全：等待主管批准</translation>
    </message>
    <message>
        <source>✔ Nothing missing: a supervisor issues it</source>
        <translation>✔ 资料齐全：由主管出具证明</translation>
    </message>
    <message>
        <source>✔ Nothing missing: approve, then issue</source>
        <translation>✔ 资料齐全：先批准，再出具证明</translation>
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
        <translation>企业代码须为 2 至 8 位大写字母或数字，例如 SH01。</translation>
    </message>
    <message>
        <source>Enter the yard&apos;s name (at most 120 characters).</source>
        <translation>请填写企业名称（最多 120 个字符）。</translation>
    </message>
    <message>
        <source>The USCC is not valid (%1): copy it from the business licence.</source>
        <translation>统一社会信用代码无效（%1）：请按营业执照填写。</translation>
    </message>
    <message>
        <source>Choose a sign-in name of 1 to 64 characters without spaces.</source>
        <translation>登录名须为 1 至 64 个字符，不含空格。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Setting up the yard…</source>
        <translation>正在设置企业…</translation>
    </message>
    <message>
        <source>No camera chosen: the station works without one.</source>
        <translation>未选择摄像头：本工位也可以不用摄像头工作。</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>正在打开摄像头…</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>摄像头故障：%1</translation>
    </message>
    <message>
        <source>No picture came from %1: choose another camera.</source>
        <translation>%1 没有送来画面：请换一个摄像头。</translation>
    </message>
    <message>
        <source>✔ The camera works.</source>
        <translation>✔ 摄像头工作正常。</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>不用摄像头</translation>
    </message>
    <message>
        <source>0 for the first USB camera, rtsp://… or a folder</source>
        <translation>0 表示第一个摄像头，也可填视频流地址或文件夹</translation>
    </message>
    <message>
        <source>Setting up this yard</source>
        <translation>首次设置本企业</translation>
    </message>
    <message>
        <source>Your yard</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>These details are printed on every certificate and sent to head office.</source>
        <translation>这些信息会印在每份回收证明上，并上报总部。</translation>
    </message>
    <message>
        <source>Yard &amp;name</source>
        <translation>企业名称(&amp;N)</translation>
    </message>
    <message>
        <source>Yard &amp;code</source>
        <translation>企业代码(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. SH01, printed in certificate numbers</source>
        <translation>例如 SH01，用于回收证明编号</translation>
    </message>
    <message>
        <source>&amp;Licence/permit number</source>
        <translation>资质认定/许可证编号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;USCC</source>
        <translation>统一社会信用代码(&amp;U)</translation>
    </message>
    <message>
        <source>18 characters, from the business licence</source>
        <translation>18 位，见营业执照</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>适用地区(&amp;M)</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The first account can do everything: it adds the operators and supervisors afterwards.</source>
        <translation>第一个账户拥有全部权限，之后由它添加操作员和主管。</translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation>登录名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>Camera check</source>
        <translation>摄像头检查</translation>
    </message>
    <message>
        <source>Choose the camera and test it, or leave it empty to work with a handheld scanner and the keyboard.</source>
        <translation>选择摄像头并测试；留空则使用手持扫码枪和键盘。</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>摄像头(&amp;C)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>&amp;Test camera</source>
        <translation>测试摄像头(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a battery pack</source>
        <translation>移交动力蓄电池包</translation>
    </message>
    <message>
        <source>Receiving &amp;enterprise</source>
        <translation>接收企业(&amp;E)</translation>
    </message>
    <message>
        <source>Receiver &amp;type</source>
        <translation>企业类型(&amp;T)</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>企业标识</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code</source>
        <translation>统一社会信用代码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;D-U-N-S number (no USCC)</source>
        <translation>邓白氏编码（无统一社会信用代码时）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>代码(&amp;N)</translation>
    </message>
    <message>
        <source>Pack &amp;model</source>
        <translation>电池包型号(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Destinat&amp;ion</source>
        <translation>去向(&amp;I)</translation>
    </message>
    <message>
        <source>Where the pack goes (site address)</source>
        <translation>电池包运往何处（场地地址）</translation>
    </message>
    <message>
        <source>Handed over &amp;on</source>
        <translation>移交日期(&amp;O)</translation>
    </message>
    <message>
        <source>Recycling enterprise</source>
        <translation>再生利用企业</translation>
    </message>
    <message>
        <source>Cascade-use enterprise</source>
        <translation>梯次利用企业</translation>
    </message>
    <message>
        <source>Carmaker&apos;s collection or service outlet</source>
        <translation>汽车生产企业回收服务网点</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s 9-digit D-U-N-S number.</source>
        <translation>请输入接收企业的 9 位邓白氏编码。</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s 18-character unified social credit code.</source>
        <translation>请输入接收企业的 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>✖ Not a valid D-U-N-S number: 9 digits</source>
        <translation>✖ 邓白氏编码无效：应为 9 位数字</translation>
    </message>
    <message>
        <source>✖ Not a valid credit code: check each character</source>
        <translation>✖ 统一社会信用代码无效：请逐位核对</translation>
    </message>
    <message>
        <source>✔ Valid D-U-N-S number</source>
        <translation>✔ 邓白氏编码有效</translation>
    </message>
    <message>
        <source>✔ Valid credit code</source>
        <translation>✔ 统一社会信用代码有效</translation>
    </message>
    <message>
        <source>Pack %1 of vehicle %2</source>
        <translation>车辆 %2 的电池包 %1</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
</context>
<context>
    <name>IntakeCamera</name>
    <message>
        <source>No camera set up: use a handheld scanner or type the codes.</source>
        <translation>未设置摄像头：请使用手持扫码枪或手动输入编码。</translation>
    </message>
    <message>
        <source>Camera problem: %1</source>
        <translation>摄像头故障：%1</translation>
    </message>
    <message>
        <source>The scanner restarted a decode worker after a fault; reads go on.</source>
        <translation>扫描程序的一个解码进程出错后已重新启动，识读照常进行。</translation>
    </message>
    <message>
        <source>The video %1 has ended: choose a camera in the settings.</source>
        <translation>视频 %1 已播放完毕：请在设置中选择摄像头。</translation>
    </message>
</context>
<context>
    <name>IntakeEditing</name>
    <message>
        <source>Unlink this pack… (Del)</source>
        <translation>解除该电池包关联…（Del）</translation>
    </message>
    <message>
        <source>Delete this photo… (Del)</source>
        <translation>删除该照片…（Del）</translation>
    </message>
    <message>
        <source>Select a scanned pack in the table first.</source>
        <translation>请先在表格中选择一个已扫描的电池包。</translation>
    </message>
    <message>
        <source>Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).</source>
        <translation>解除电池包 %1 与本车的关联？请填写原因（例如：其他车辆的标签）。</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Battery pack %1 unlinked.</source>
        <translation>已解除电池包 %1 的关联。</translation>
    </message>
    <message>
        <source>Select a photo first.</source>
        <translation>请先选择一张照片。</translation>
    </message>
    <message>
        <source>Delete this photo from the intake? Say why.</source>
        <translation>从本收车记录中删除该照片？请填写原因。</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Photo deleted.</source>
        <translation>照片已删除。</translation>
    </message>
    <message>
        <source>Vehicle, owner and documents saved.</source>
        <translation>车辆、车主和资料已保存。</translation>
    </message>
    <message>
        <source>Declared packs saved: a supervisor confirms them.</source>
        <translation>申报的电池包已保存，需主管确认。</translation>
    </message>
    <message>
        <source>Scan a battery pack first, then triage it.</source>
        <translation>请先扫描电池包，再做安全检测。</translation>
    </message>
    <message>
        <source>Triage of %1 saved.</source>
        <translation>%1 的安全检测已保存。</translation>
    </message>
    <message>
        <source>No camera picture yet: take the photo from a file (Ctrl+O).</source>
        <translation>还没有摄像头画面：请从文件添加照片（Ctrl+O）。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>This same picture is already attached as the &quot;%1&quot; photo: nothing was added.</source>
        <translation>同一张照片已作为“%1”照片附上：未重复添加。</translation>
    </message>
    <message>
        <source>Photo saved: %1.</source>
        <translation>照片已保存：%1。</translation>
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
        <source>Declared packs (F4)</source>
        <translation>申报电池包 (F4)</translation>
    </message>
    <message>
        <source>Safety triage (F6)</source>
        <translation>安全检测 (F6)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Edit vehicle (F3)</source>
        <translation>编辑车辆信息 (F3)</translation>
    </message>
    <message>
        <source>Edit the vehicle, its owner and the documents received</source>
        <translation>编辑车辆、车主及已收证件</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Scan or type a VIN or pack code, Enter</source>
        <translation>扫描或输入车辆识别代号或电池编码，按回车</translation>
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
        <source>Discard…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Discard this open intake (a mistyped VIN, the wrong vehicle), with a reason</source>
        <translation>作废这条办理中的收车记录（车辆识别代号输错、车辆不对），需填写原因</translation>
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
        <source>Scan or type the VIN first, then the battery packs.</source>
        <translation>请先扫描或输入车辆识别代号，再扫描动力蓄电池包。</translation>
    </message>
    <message>
        <source>Not a VIN or battery code: %1</source>
        <translation>不是车辆识别代号或动力蓄电池编码：%1</translation>
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
        <source>This pack is in this vehicle</source>
        <translation>此电池包确实装在本车上</translation>
    </message>
    <message>
        <source>%1 was read from printed text. Scan or type the VIN first.</source>
        <translation>%1 是从印刷文字识别的。请先扫描或输入 VIN。</translation>
    </message>
    <message>
        <source>Read from printed text: %1. Compare it with the label and press F8 to record it.</source>
        <translation>从印刷文字识别：%1。请与标签核对，按 F8 记录。</translation>
    </message>
    <message>
        <source>%1 was not recorded.</source>
        <translation>%1 未记录。</translation>
    </message>
    <message>
        <source>%1 was already in the camera&apos;s view before New vehicle (F2), so it was not taken. Show the label again or type it.</source>
        <translation>%1 在按“新车辆”（F2）之前就已在摄像头画面中，因此未采用。请重新出示标签或手动输入。</translation>
    </message>
    <message>
        <source>Discard the intake of VIN %1? Its packs are released. Say why (for example: VIN mistyped).</source>
        <translation>作废车辆识别代号 %1 的收车记录？其电池包关联将解除。请填写原因（例如：车辆识别代号输错）。</translation>
    </message>
    <message>
        <source>Discard intake</source>
        <translation>作废收车记录</translation>
    </message>
    <message>
        <source>The intake of VIN %1 was discarded.</source>
        <translation>车辆识别代号 %1 的收车记录已作废。</translation>
    </message>
    <message>
        <source>Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards.</source>
        <translation>为车辆识别代号 %1 出具回收证明？证明将编号并记录，之后只能作废。</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>出具回收证明</translation>
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
        <source>Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this vehicle, type its code and confirm with a reason.</source>
        <translation>电池包 %1 在总部登记于车辆识别代号 %2 名下：未关联到本车。如确实装在本车上，请手动输入其编码并填写理由确认。</translation>
    </message>
    <message>
        <source>%1 was read from printed text and not recorded: compare it with the label.</source>
        <translation>%1 是从印刷文字识别的，尚未记录：请与标签核对。</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in view? If it really is in this vehicle, type its code and confirm with a reason.</source>
        <translation>电池包 %1 属于车辆识别代号 %2 的收车记录：未关联到本车。是否有其他车辆的标签在镜头前？如确实装在本车上，请手动输入其编码并填写理由确认。</translation>
    </message>
    <message>
        <source>Battery pack %1 is registered by head office to VIN %2, not to this vehicle (VIN %3). It was not linked. If you have checked that this pack really is in this vehicle, say why (for example: label read on the pack, repair record).</source>
        <translation>电池包 %1 在总部登记于车辆识别代号 %2 名下，而非本车（车辆识别代号 %3）。未关联到本车。如已核实此电池包确实装在本车上，请说明理由（例如：已核对电池包上的标签、维修记录）。</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to the intake of VIN %2, not to this vehicle (VIN %3). It was not linked. If you have checked that this pack really is in this vehicle, say why (for example: label read on the pack, repair record).</source>
        <translation>电池包 %1 属于车辆识别代号 %2 的收车记录，而非本车（车辆识别代号 %3）。未关联到本车。如已核实此电池包确实装在本车上，请说明理由（例如：已核对电池包上的标签、维修记录）。</translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Not done</source>
        <translation>未查</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>无异常</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Elevated: quarantine</source>
        <translation>较高：隔离存放</translation>
    </message>
    <message>
        <source>High: quarantine, fire watch</source>
        <translation>高：隔离存放，防火监护</translation>
    </message>
    <message>
        <source>visible damage</source>
        <translation>外观破损</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>漏液</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>鼓胀</translation>
    </message>
    <message>
        <source>fire history</source>
        <translation>曾起火</translation>
    </message>
    <message>
        <source>flood history</source>
        <translation>曾泡水</translation>
    </message>
    <message>
        <source>Whole exterior</source>
        <translation>车辆外观</translation>
    </message>
    <message>
        <source>VIN plate</source>
        <translation>VIN 照片</translation>
    </message>
    <message>
        <source>Battery label</source>
        <translation>电池标签</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损伤部位</translation>
    </message>
    <message>
        <source>After dismantling</source>
        <translation>拆解后</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>wrong length</source>
        <translation>长度不对</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>含有不允许的字符</translation>
    </message>
    <message>
        <source>contains I, O or Q</source>
        <translation>含有字母 I、O 或 Q</translation>
    </message>
    <message>
        <source>check digit does not match</source>
        <translation>校验位不符</translation>
    </message>
    <message>
        <source>check character does not match</source>
        <translation>校验码不符</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>格式不对</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>The scanner types digits as on a French (AZERTY) keyboard.</source>
        <translation>扫码枪按法语（AZERTY）键盘输出数字。</translation>
    </message>
    <message>
        <source>The scanner swaps Y and Z as on a German (QWERTZ) keyboard.</source>
        <translation>扫码枪按德语（QWERTZ）键盘把 Y 和 Z 对调了。</translation>
    </message>
    <message>
        <source>A Chinese input method turned the scan into full-width characters.</source>
        <translation>中文输入法把扫码内容变成了全角字符。</translation>
    </message>
    <message>
        <source>Set the scanner&apos;s keyboard country to this PC&apos;s layout (a setup code in its manual), or switch this PC to the US layout.</source>
        <translation>请把扫码枪的键盘国家设置为与本机一致（扫描说明书中的设置码），或把本机切换为美式键盘。</translation>
    </message>
    <message>
        <source>Switch the input method to English (Shift or Ctrl+Space).</source>
        <translation>请把输入法切换为英文（Shift 或 Ctrl+空格）。</translation>
    </message>
    <message>
        <source>The code was read as %1.</source>
        <translation>已按 %1 读取。</translation>
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
        <source>Sign out? The next person signs in with their own name.</source>
        <translation>退出登录？下一位使用者须用自己的账号登录。</translation>
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
        <source>Close and discard</source>
        <translation>关闭并清除</translation>
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
    <name>PackIdentifiers</name>
    <message>
        <source>consumer battery</source>
        <translation>消费型电池</translation>
    </message>
    <message>
        <source>light-vehicle battery (e-bike, e-motorcycle)</source>
        <translation>小动力电池（电动自行车、电动摩托车）</translation>
    </message>
    <message>
        <source>large-power battery (ship, aircraft)</source>
        <translation>大动力电池（船舶、航空器）</translation>
    </message>
    <message>
        <source>energy-storage battery</source>
        <translation>储能电池</translation>
    </message>
    <message>
        <source>lithium-ion battery</source>
        <translation>锂离子电池</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单体</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>电池簇</translation>
    </message>
    <message>
        <source>system</source>
        <translation>电池系统</translation>
    </message>
    <message>
        <source>battery passport ID</source>
        <translation>电池护照编号</translation>
    </message>
    <message>
        <source>GB/T 45565 battery code</source>
        <translation>GB/T 45565 锂电池编码</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Battery passport ID %1 kept on battery pack %2.</source>
        <translation>电池护照编号 %1 已登记在电池包 %2 上。</translation>
    </message>
    <message>
        <source>Battery passport ID %1 is already kept on battery pack %2.</source>
        <translation>电池护照编号 %1 已登记在电池包 %2 上，无需重复。</translation>
    </message>
    <message>
        <source>Battery passport ID %1 names a battery pack this intake does not hold: scan the pack first.</source>
        <translation>电池护照编号 %1 对应的电池包不在本次收车记录中：请先扫描该电池包。</translation>
    </message>
    <message>
        <source>Battery pack recorded by its battery passport ID %1.</source>
        <translation>已按电池护照编号 %1 登记电池包。</translation>
    </message>
    <message>
        <source>Battery %1 (GB/T 45565: %2) recorded as this vehicle&apos;s battery.</source>
        <translation>已将电池 %1（GB/T 45565：%2）登记为本车电池。</translation>
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
        <source>Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this vehicle, type it.</source>
        <translation>电池包 %1 在总部登记于车辆识别代号 %2 名下：未关联到本车。如确实装在本车上，请手动输入。</translation>
    </message>
    <message>
        <source>Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in view? If it really is in this vehicle, type it.</source>
        <translation>电池包 %1 属于车辆识别代号 %2 的收车记录：未关联到本车。是否有其他车辆的标签在镜头前？如确实装在本车上，请手动输入。</translation>
    </message>
    <message>
        <source>%1 is a GB/T 45565 code of a %2, not this vehicle&apos;s traction battery: nothing was recorded. Such batteries are kept only on a light vehicle (motorcycle, moped, e-bike).</source>
        <translation>%1 是 GB/T 45565 编码（%2），不是本车的动力蓄电池：未作登记。此类电池只登记在轻型车辆（摩托车、轻便摩托车、电动自行车）上。</translation>
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
        <source>⚠ On another vehicle</source>
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
        <source>What the next photo shows</source>
        <translation>下一张照片的内容</translation>
    </message>
    <message>
        <source>Take photo (F5)</source>
        <translation>拍照 (F5)</translation>
    </message>
    <message>
        <source>File… (Ctrl+O)</source>
        <translation>文件… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>必拍照片：%1</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Move closer</source>
        <translation>请靠近一些</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>请保持不动</translation>
    </message>
    <message>
        <source>Tilt the label away from the light</source>
        <translation>请倾斜标签，避开反光</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>battery pack code</source>
        <translation>电池包编码</translation>
    </message>
    <message>
        <source>battery pack codes</source>
        <translation>电池包编码</translation>
    </message>
    <message>
        <source>number of packs</source>
        <translation>电池包数量</translation>
    </message>
    <message>
        <source>scanned pack</source>
        <translation>已扫描的电池包</translation>
    </message>
    <message>
        <source>registered pack</source>
        <translation>登记的电池包</translation>
    </message>
    <message>
        <source>document reference</source>
        <translation>证明文件编号</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>收车记录</translation>
    </message>
    <message>
        <source>photo kind</source>
        <translation>照片类别</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&quot;to&quot; date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>receiver&apos;s credit code (USCC)</source>
        <translation>接收方统一社会信用代码</translation>
    </message>
    <message>
        <source>receiver&apos;s name</source>
        <translation>接收方名称</translation>
    </message>
    <message>
        <source>receiver&apos;s D-U-N-S number</source>
        <translation>接收企业的邓白氏编码</translation>
    </message>
    <message>
        <source>receiver type</source>
        <translation>接收企业类型</translation>
    </message>
    <message>
        <source>pack model</source>
        <translation>电池包型号</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>battery passport ID</source>
        <translation>电池护照编号</translation>
    </message>
    <message>
        <source>what became of the vehicle</source>
        <translation>车辆去向</translation>
    </message>
    <message>
        <source>who took the vehicle</source>
        <translation>车辆接收方</translation>
    </message>
    <message>
        <source>hand-over date</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>quarantine location</source>
        <translation>隔离存放位置</translation>
    </message>
    <message>
        <source>visible damage</source>
        <translation>外观损伤</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>漏液</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>鼓胀</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <source>voltage (V)</source>
        <translation>电压（V）</translation>
    </message>
    <message>
        <source>insulation resistance (MΩ)</source>
        <translation>绝缘电阻（MΩ）</translation>
    </message>
    <message>
        <source>state of charge (%)</source>
        <translation>荷电状态（%）</translation>
    </message>
    <message>
        <source>risk class</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>yard name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>yard&apos;s credit code (USCC)</source>
        <translation>本企业统一社会信用代码</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>it is already in use</source>
        <translation>已被使用</translation>
    </message>
    <message>
        <source>it is not in the right format</source>
        <translation>格式不正确</translation>
    </message>
    <message>
        <source>it is before the &quot;from&quot; date</source>
        <translation>早于起始日期</translation>
    </message>
    <message>
        <source>it is outside the possible range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <source>it cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>it is in the future</source>
        <translation>是将来的日期</translation>
    </message>
    <message>
        <source>it is not known</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>its ending (file type) is not one this can write</source>
        <translation>文件扩展名（类型）不受支持</translation>
    </message>
    <message>
        <source>that pack was not scanned on this intake</source>
        <translation>该电池包未在本收车记录中扫描</translation>
    </message>
    <message>
        <source>that pack is not registered for this vehicle</source>
        <translation>该电池包未登记在本车名下</translation>
    </message>
    <message>
        <source>it is not on head office&apos;s list of receivers</source>
        <translation>不在总部的接收方名单中</translation>
    </message>
    <message>
        <source>an abnormal pack must be given one</source>
        <translation>异常电池包必须填写</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <source>it is not a picture</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>it differs from the yard&apos;s market</source>
        <translation>与本企业所在市场不一致</translation>
    </message>
    <message>
        <source>give the USCC or the D-U-N-S number, not both</source>
        <translation>统一社会信用代码和邓白氏编码只能填写其一</translation>
    </message>
    <message>
        <source>it must be a whole number, 1 or more</source>
        <translation>应为不小于 1 的整数</translation>
    </message>
    <message>
        <source>it has the wrong number of characters</source>
        <translation>位数不对</translation>
    </message>
    <message>
        <source>it has a character that is not allowed</source>
        <translation>含有不允许的字符</translation>
    </message>
    <message>
        <source>it contains I, O or Q, which a VIN never has</source>
        <translation>含有字母 I、O 或 Q，车辆识别代号中不会出现</translation>
    </message>
    <message>
        <source>its check digit does not match</source>
        <translation>校验位不符</translation>
    </message>
    <message>
        <source>its check character does not match</source>
        <translation>校验码不符</translation>
    </message>
    <message>
        <source>it is not a battery code of a known level</source>
        <translation>不是已知层级的电池编码</translation>
    </message>
    <message>
        <source>its product type is not a known one</source>
        <translation>产品类型代码无法识别</translation>
    </message>
    <message>
        <source>its production month is not possible</source>
        <translation>生产月份不可能</translation>
    </message>
    <message>
        <source>its production year is not possible</source>
        <translation>生产年份不可能</translation>
    </message>
    <message>
        <source>its reuse suffix is not valid</source>
        <translation>梯次利用后缀无效</translation>
    </message>
    <message>
        <source>no VIN or battery code was found in it</source>
        <translation>其中没有车辆识别代号或电池编码</translation>
    </message>
    <message>
        <source>it could be more than one kind of code</source>
        <translation>可能是多种代码，无法确定</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>不是文字</translation>
    </message>
    <message>
        <source>it is not accepted</source>
        <translation>不被接受</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>battery pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>list of expected packs</source>
        <translation>应有电池包清单</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>仍在办理中</translation>
    </message>
    <message>
        <source>already submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>already approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>already certified</source>
        <translation>已出具证明</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已出具</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>already handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>This is the last administrator: make another user an administrator first.</source>
        <translation>这是最后一位管理员：请先将另一位用户设为管理员。</translation>
    </message>
    <message>
        <source>This yard is already set up.</source>
        <translation>本企业已完成初始设置。</translation>
    </message>
    <message>
        <source>This battery pack has already been handed over.</source>
        <translation>该电池包已移交。</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s unified social credit code (USCC) or, if it has none, its D-U-N-S number.</source>
        <translation>请填写接收企业的统一社会信用代码；没有统一社会信用代码的，填写其邓白氏编码。</translation>
    </message>
    <message>
        <source>This intake cannot be submitted yet:</source>
        <translation>该收车记录暂不能提交：</translation>
    </message>
    <message>
        <source>This intake cannot be approved yet:</source>
        <translation>该收车记录暂不能批准：</translation>
    </message>
    <message>
        <source>No certificate can be issued yet:</source>
        <translation>暂不能出具证明：</translation>
    </message>
    <message>
        <source>No intake is open to record this on: press New vehicle (F2) and scan the VIN first.</source>
        <translation>当前没有正在办理的收车记录：请先按“新车辆”（F2），再扫描车辆识别代号。</translation>
    </message>
    <message>
        <source>This code was read before you started working on this intake (a label left in view?), so it was not recorded. Hold the label in front of the camera again, or type it.</source>
        <translation>该代码是在您开始办理本收车记录之前读到的（是否有标签留在镜头前？），因此未记录。请重新把标签对准摄像头，或手动输入。</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>请填写：%1。</translation>
    </message>
    <message>
        <source>The VIN %1 fails its check digit (found %2, expected %3): check the VIN on the vehicle and enter it again.</source>
        <translation>车辆识别代号 %1 校验位不符（实际 %2，应为 %3）：请核对车上的车辆识别代号后重新输入。</translation>
    </message>
    <message>
        <source>The intake has been submitted: only a supervisor can do this now.</source>
        <translation>该收车记录已提交：现在只有主管可以操作。</translation>
    </message>
    <message>
        <source>Battery pack %1 is not on this intake.</source>
        <translation>电池包 %1 不在本收车记录中。</translation>
    </message>
    <message>
        <source>This photo is no longer attached to the intake.</source>
        <translation>该照片已不在本收车记录中。</translation>
    </message>
    <message>
        <source>The action was refused.</source>
        <translation>操作被拒绝。</translation>
    </message>
    <message>
        <source>The name or password is not right. Try again, or ask an administrator to reset your password.</source>
        <translation>用户名或密码不正确。请重试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a supervisor or an administrator.</source>
        <translation>您的角色无权进行此操作。请找主管或管理员。</translation>
    </message>
    <message>
        <source>The %1 was not found (it may have been removed). Refresh and try again.</source>
        <translation>未找到该%1（可能已被删除）。请刷新后重试。</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2. Check it and enter it again.</source>
        <translation>%1无效：%2。请检查后重新输入。</translation>
    </message>
    <message>
        <source>This %1 is %2, so this cannot be done now.</source>
        <translation>该%1%2，现在不能进行此操作。</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s present state.</source>
        <translation>该记录当前的状态不允许此操作。</translation>
    </message>
    <message>
        <source>That is not a valid code: %1. Scan it again or type it.</source>
        <translation>这不是有效的代码：%1。请重新扫描或手动输入。</translation>
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
        <source>The powertrain has not been chosen: choose it with Edit vehicle (F3) (battery electric, hybrid, combustion engine, …).</source>
        <translation>尚未选择动力类型：请通过“编辑车辆信息 (F3)”选择（纯电动、混合动力、燃油发动机……）。</translation>
    </message>
    <message>
        <source>The &quot;{kind}&quot; photo is missing: take it with Photo (F5).</source>
        <translation>缺少“{kind}”照片：请用拍照（F5）拍摄。</translation>
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
        <translation>登记中</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已出证</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>⚠ Elevated risk</source>
        <translation>⚠ 较高风险</translation>
    </message>
    <message>
        <source>⚠ High risk</source>
        <translation>⚠ 高风险</translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>车辆外观</translation>
    </message>
    <message>
        <source>VIN plate</source>
        <translation>VIN 照片</translation>
    </message>
    <message>
        <source>Battery label</source>
        <translation>电池标签</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损伤</translation>
    </message>
    <message>
        <source>After dismantling</source>
        <translation>拆解后</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待上报</translation>
    </message>
    <message>
        <source>✖ Overdue</source>
        <translation>✖ 已逾期</translation>
    </message>
    <message>
        <source>✔ Reported</source>
        <translation>✔ 已上报</translation>
    </message>
    <message>
        <source>Vehicle scrapped</source>
        <translation>车辆报废</translation>
    </message>
    <message>
        <source>Pack left the yard</source>
        <translation>电池包出厂</translation>
    </message>
    <message>
        <source>Intake opened</source>
        <translation>登记入场</translation>
    </message>
    <message>
        <source>Vehicle corrected</source>
        <translation>车辆信息更正</translation>
    </message>
    <message>
        <source>Documents recorded</source>
        <translation>证件登记</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Sent back to the operator</source>
        <translation>退回操作员修改</translation>
    </message>
    <message>
        <source>Packs declared</source>
        <translation>申报电池包</translation>
    </message>
    <message>
        <source>Registered packs loaded</source>
        <translation>载入备案电池包</translation>
    </message>
    <message>
        <source>Declared packs confirmed</source>
        <translation>确认申报电池包</translation>
    </message>
    <message>
        <source>Pack scanned</source>
        <translation>扫描电池包</translation>
    </message>
    <message>
        <source>VIN scanned</source>
        <translation>已扫描车辆识别代号</translation>
    </message>
    <message>
        <source>Pack triaged</source>
        <translation>电池安全检测</translation>
    </message>
    <message>
        <source>Replacement resolved</source>
        <translation>更换记录核定</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photo deleted</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Pack unlinked (scanned by mistake)</source>
        <translation>解除电池包关联（误扫）</translation>
    </message>
    <message>
        <source>Intake discarded</source>
        <translation>作废收车记录</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>出具回收证明</translation>
    </message>
    <message>
        <source>Certificate voided</source>
        <translation>作废回收证明</translation>
    </message>
    <message>
        <source>Certificate reprinted</source>
        <translation>补打回收证明</translation>
    </message>
    <message>
        <source>Pack handed over</source>
        <translation>电池包移交</translation>
    </message>
    <message>
        <source>Pack released from the vehicle</source>
        <translation>电池包与车辆解除关联</translation>
    </message>
    <message>
        <source>Original certificate printed</source>
        <translation>已打印证明正本</translation>
    </message>
    <message>
        <source>Official certificate number entered</source>
        <translation>已录入商务部证明编号</translation>
    </message>
    <message>
        <source>Reported to the traceability platform</source>
        <translation>已上报溯源平台</translation>
    </message>
    <message>
        <source>Certificate policy changed</source>
        <translation>出证规则已修改</translation>
    </message>
    <message>
        <source>Yard details changed</source>
        <translation>企业信息已修改</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>角色已修改</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>用户已停用</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>用户已启用</translation>
    </message>
    <message>
        <source>Head office&apos;s refusal handled</source>
        <translation>总部拒收已处理</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>state</source>
        <translation>证明状态</translation>
    </message>
    <message>
        <source>pack code</source>
        <translation>电池包编码</translation>
    </message>
    <message>
        <source>pack codes</source>
        <translation>电池包编码</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>other vehicle</source>
        <translation>关联车辆</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>official number</source>
        <translation>商务部编号</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>registered pack</source>
        <translation>登记电池包</translation>
    </message>
    <message>
        <source>scanned pack</source>
        <translation>扫描电池包</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>quarantine location</source>
        <translation>隔离存放位置</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收企业</translation>
    </message>
    <message>
        <source>receiver USCC</source>
        <translation>接收企业统一社会信用代码</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>recorded on this vehicle</source>
        <translation>已关联本车</translation>
    </message>
    <message>
        <source>already scanned</source>
        <translation>已扫描过</translation>
    </message>
    <message>
        <source>held by another vehicle</source>
        <translation>已关联其他车辆</translation>
    </message>
    <message>
        <source>VIN matches</source>
        <translation>VIN 一致</translation>
    </message>
    <message>
        <source>VIN differs</source>
        <translation>VIN 不一致</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已出具</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>intake cancelled</source>
        <translation>收车已取消</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>original</source>
        <translation>正本</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>void notice</source>
        <translation>作废通知</translation>
    </message>
    <message>
        <source>vehicle scrapped</source>
        <translation>车辆报废</translation>
    </message>
    <message>
        <source>pack left the yard</source>
        <translation>电池包出库</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
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
        <translation>电池包编码</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Opened between</source>
        <translation>入场日期介于</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1（已作废）</translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s) found.</source>
        <translation>
            <numerusform>找到 %n 条入场记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%n change(s))</source>
        <translation>
            <numerusform>%1 的操作记录（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>回收证明</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ReviewQueueTable</name>
    <message>
        <source>Plate: %1 · packs scanned: %2 · %3</source>
        <translation>号牌：%1 · 已扫描电池包：%2 · %3</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>电池包</translation>
    </message>
    <message>
        <source>Since / certificate</source>
        <translation>更新时间 / 证明编号</translation>
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
        <translation>本工位（仅本机）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>工位名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>摄像头(&amp;C)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>分辨率(&amp;R)</translation>
    </message>
    <message>
        <source>Symbols read</source>
        <translation>识读的码制</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 二维码</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>DM 二维码</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>128 条码</translation>
    </message>
    <message>
        <source>Code 39</source>
        <translation>39 条码</translation>
    </message>
    <message>
        <source>PDF417</source>
        <translation>417 条码</translation>
    </message>
    <message>
        <source>Second decoder (pyzbar)</source>
        <translation>第二解码器</translation>
    </message>
    <message>
        <source>Scanner &amp;prefix</source>
        <translation>扫码枪前缀(&amp;P)</translation>
    </message>
    <message>
        <source>Scanner &amp;suffix</source>
        <translation>扫码枪后缀(&amp;S)</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>自动锁定(&amp;A)</translation>
    </message>
    <message>
        <source>Head office &amp;URL</source>
        <translation>总部地址(&amp;U)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>总部服务器网址</translation>
    </message>
    <message>
        <source>Head office &amp;account</source>
        <translation>总部账号(&amp;A)</translation>
    </message>
    <message>
        <source>Head office pass&amp;word</source>
        <translation>总部密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save station settings</source>
        <translation>保存工位设置(&amp;S)</translation>
    </message>
    <message>
        <source>Yard (all stations)</source>
        <translation>企业（所有工位）</translation>
    </message>
    <message>
        <source>Yard &amp;name</source>
        <translation>企业名称(&amp;N)</translation>
    </message>
    <message>
        <source>Yard &amp;code</source>
        <translation>厂区代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Licence / permit number</source>
        <translation>资质证书编号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;USCC</source>
        <translation>统一社会信用代码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Permitting au&amp;thority</source>
        <translation>发证机关(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>A collector issuing certificates on behalf of a treatment facility (EU) names that facility here; leave empty when this yard is the facility.</source>
        <translation>代处理企业出具证明的回收点（欧盟）在此填写该处理企业；本企业即为处理企业时留空。</translation>
    </message>
    <message>
        <source>Treatment &amp;facility name</source>
        <translation>处理企业名称(&amp;F)</translation>
    </message>
    <message>
        <source>Treatment facility a&amp;ddress</source>
        <translation>处理企业地址(&amp;D)</translation>
    </message>
    <message>
        <source>Treatment facility per&amp;mit</source>
        <translation>处理企业许可证号(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;yard details</source>
        <translation>保存企业信息(&amp;Y)</translation>
    </message>
    <message>
        <source>Certificate policy</source>
        <translation>回收证明规则</translation>
    </message>
    <message>
        <source>A missing traction battery blocks the certificate</source>
        <translation>缺少动力蓄电池时不出具回收证明</translation>
    </message>
    <message>
        <source>Accept the owner&apos;s statement on a missing battery (before 2026)</source>
        <translation>接受车主关于电池缺失的书面说明（2026 年前的做法）</translation>
    </message>
    <message>
        <source>Battery-swap models are exempt</source>
        <translation>换电车型豁免</translation>
    </message>
    <message>
        <source>A wrong VIN check digit blocks the certificate</source>
        <translation>车辆识别代号校验位错误时不出具回收证明</translation>
    </message>
    <message>
        <source>Mortgage check required</source>
        <translation>必须查询抵押</translation>
    </message>
    <message>
        <source>Theft check required</source>
        <translation>必须查询盗抢</translation>
    </message>
    <message>
        <source>Safety triage of every pack required</source>
        <translation>每个电池包必须做安全检测</translation>
    </message>
    <message>
        <source>&amp;Hybrid (HEV) packs</source>
        <translation>混合动力（HEV）电池包(&amp;H)</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>必需资料</translation>
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
        <source>Regulatory reports: markets this yard reports to</source>
        <translation>监管报表：本企业报送的适用地区</translation>
    </message>
    <message>
        <source>China (traceability platform)</source>
        <translation>中国（溯源管理平台）</translation>
    </message>
    <message>
        <source>EU (certificate of destruction register, battery passports)</source>
        <translation>欧盟（报废证明登记、电池护照）</translation>
    </message>
    <message>
        <source>United States (NMVTIS)</source>
        <translation>美国（国家机动车所有权信息系统）</translation>
    </message>
    <message>
        <source>Save &amp;policy</source>
        <translation>保存规则(&amp;P)</translation>
    </message>
    <message>
        <source>The settings file is damaged (%1). Check the settings and save to replace it.</source>
        <translation>设置文件已损坏（%1）。请核对设置后保存以替换它。</translation>
    </message>
    <message>
        <source>Replace the damaged settings file?</source>
        <translation>替换已损坏的设置文件？</translation>
    </message>
    <message>
        <source>The settings file cannot be read (%1). Replace it with the settings shown? A copy of the damaged file is kept next to it.</source>
        <translation>无法读取设置文件（%1）。要用当前显示的设置替换它吗？损坏的文件会在同一位置保留一份副本。</translation>
    </message>
    <message>
        <source>Saved. The new station name is used from the next start.</source>
        <translation>已保存。新的工位名称在下次启动后生效。</translation>
    </message>
    <message>
        <source>Station settings saved.</source>
        <translation>工位设置已保存。</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.avi *.mkv *.mov);;All files (*)</source>
        <translation>视频文件 (*.mp4 *.avi *.mkv *.mov);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <source>Only an administrator can change the policy.</source>
        <translation>只有管理员可以修改规则。</translation>
    </message>
    <message>
        <source>Market: %1</source>
        <translation>适用地区：%1</translation>
    </message>
    <message>
        <source>Yard details saved.</source>
        <translation>企业信息已保存。</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <source>Camera %1 (found on this PC)</source>
        <translation>摄像头 %1（本机已检测到）</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>kept on this PC only</source>
        <translation>仅保存在本机</translation>
    </message>
    <message>
        <source>A password is stored on this PC: type a new one to replace it.</source>
        <translation>密码已保存在本机：输入新密码即可替换。</translation>
    </message>
    <message>
        <source>Demo camera (running; labels played from a folder)</source>
        <translation>演示摄像头（运行中；播放文件夹中的标签图片）</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>不用摄像头</translation>
    </message>
    <message>
        <source>A camera number (0, 1, …), a stream URL (rtsp://…), a video file or a folder. Empty: no camera (handheld scanner and typing only).</source>
        <translation>摄像头编号（0、1……）、视频流地址、视频文件或图片文件夹。留空：不用摄像头（只用扫码枪和键盘）。</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> 分钟无操作后</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Block only if head office registered a pack</source>
        <translation>仅当总部登记了电池包时阻止</translation>
    </message>
    <message>
        <source>Record only, never block</source>
        <translation>只记录，不阻止</translation>
    </message>
    <message>
        <source>Treat like a new-energy vehicle</source>
        <translation>按新能源汽车处理</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Enter a station name (for example gate-1).</source>
        <translation>请填写工位名称（例如 gate-1）。</translation>
    </message>
    <message>
        <source>Tick at least one kind of symbol to read.</source>
        <translation>请至少勾选一种码制。</translation>
    </message>
    <message>
        <source>These settings cannot be saved: %1</source>
        <translation>无法保存这些设置：%1</translation>
    </message>
</context>
<context>
    <name>SettingsYard</name>
    <message>
        <source>Only an administrator can change the yard details.</source>
        <translation>只有管理员可以修改企业信息。</translation>
    </message>
    <message>
        <source>The yard code cannot change now: this year&apos;s certificates are numbered with it. Change it from 1 January, when numbering starts again.</source>
        <translation>厂区代码现在不能修改：今年出具的证明编号使用了该代码。请在明年1月1日编号重新开始后修改。</translation>
    </message>
    <message>
        <source>The yard code needs 2 to 8 capital letters or digits, for example SH01.</source>
        <translation>厂区代码为2至8位大写字母或数字，例如 SH01。</translation>
    </message>
    <message>
        <source>Enter the yard&apos;s name (at most 120 characters).</source>
        <translation>请输入企业名称（最多120个字）。</translation>
    </message>
    <message>
        <source>The USCC is not valid (%1): copy it from the business licence.</source>
        <translation>统一社会信用代码无效（%1）：请按营业执照填写。</translation>
    </message>
    <message>
        <source>Unknown time zone: use a name such as Asia/Shanghai or Europe/Berlin.</source>
        <translation>未知时区：请使用 Asia/Shanghai 或 Europe/Berlin 这类名称。</translation>
    </message>
    <message>
        <source>The yard&apos;s market is fixed at set-up.</source>
        <translation>适用地区在初始设置时确定，不能修改。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Yard intake</source>
        <translation>报废车辆入场登记</translation>
    </message>
    <message>
        <source>The station was locked by its user. Sign in to continue.</source>
        <translation>本工位已由使用者锁定。请登录后继续。</translation>
    </message>
    <message>
        <source>The station was locked after a period without use. Sign in to continue.</source>
        <translation>工位因长时间无操作已锁定。请登录后继续。</translation>
    </message>
    <message>
        <source>Scanned while locked, recorded after you sign in: %1</source>
        <translation>锁定期间扫描到的代码，登录后将记录：%1</translation>
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
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>号牌号码</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Traction battery packs</source>
        <translation>动力蓄电池</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>退回(&amp;B)</translation>
    </message>
    <message>
        <source>Send the intake back to the operator</source>
        <translation>将入场记录退回操作员修改</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The registered pack that was replaced</source>
        <translation>被更换的备案电池包</translation>
    </message>
    <message>
        <source>The pack scanned in its place</source>
        <translation>实际扫描到的替换电池包</translation>
    </message>
    <message>
        <source>Replacement record reference</source>
        <translation>更换记录单号</translation>
    </message>
    <message>
        <source>Resolve &amp;mismatch</source>
        <translation>核定不一致(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Confirm declared packs</source>
        <translation>确认申报电池包(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>出具回收证明(&amp;I)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>回收证明</translation>
    </message>
    <message>
        <source>&amp;Preview and print</source>
        <translation>预览并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;print (copy)</source>
        <translation>补打副本(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for voiding (required)</source>
        <translation>作废原因（必填）</translation>
    </message>
    <message>
        <source>&amp;Void certificate</source>
        <translation>作废证明(&amp;V)</translation>
    </message>
    <message>
        <source>Unlink this pack… (Del)</source>
        <translation>解除该电池包关联…（Del）</translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement recorded with its document reference.</source>
        <translation>已按更换记录单号核定。</translation>
    </message>
    <message>
        <source>Declared packs confirmed.</source>
        <translation>申报电池包已确认。</translation>
    </message>
    <message>
        <source>Intake approved.</source>
        <translation>入场记录已批准。</translation>
    </message>
    <message>
        <source>Select a scanned pack in the table first.</source>
        <translation>请先在表格中选择一个已扫描的电池包。</translation>
    </message>
    <message>
        <source>Unlink battery pack %1 from this vehicle? Say why (for example: label of another vehicle).</source>
        <translation>解除电池包 %1 与本车的关联？请填写原因（例如：其他车辆的标签）。</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Battery pack unlinked.</source>
        <translation>已解除电池包关联。</translation>
    </message>
    <message>
        <source>Send this intake back to the operator? It leaves your queue until it is submitted again.</source>
        <translation>将该收车记录退回操作员？在重新提交之前，它不会出现在您的待审列表中。</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Sent back to the operator.</source>
        <translation>已退回操作员。</translation>
    </message>
    <message>
        <source>Issue the certificate for VIN %1? It is numbered and recorded, and can only be voided afterwards.</source>
        <translation>为车辆识别代号 %1 出具回收证明？证明将编号并记录，之后只能作废。</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>出具回收证明</translation>
    </message>
    <message>
        <source>Certificate issued: preview and print it now.</source>
        <translation>回收证明已出具：请预览并打印。</translation>
    </message>
    <message>
        <source>Write why the certificate is voided, then press Void.</source>
        <translation>请先填写作废原因，再点击作废。</translation>
    </message>
    <message>
        <source>Void certificate %1? The sheet no longer counts; the intake can be certified anew.</source>
        <translation>作废回收证明 %1？该证明将失效；该收车记录可重新出具证明。</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>作废证明</translation>
    </message>
    <message>
        <source>Certificate voided; the intake is approved again and can be issued anew.</source>
        <translation>回收证明已作废；入场记录恢复为已批准，可重新出具。</translation>
    </message>
    <message>
        <source>Rendering the certificate…</source>
        <translation>正在生成回收证明…</translation>
    </message>
    <message>
        <source>Awaiting review or certificate</source>
        <translation>待审核或待出证</translation>
    </message>
    <message>
        <source>Certified (void, reprint)</source>
        <translation>已出证（作废、补打）</translation>
    </message>
    <message>
        <source>Expected: %1   Scanned: %2</source>
        <translation>应有：%1   已扫描：%2</translation>
    </message>
    <message>
        <source>(declared, confirmed)</source>
        <translation>（申报，已确认）</translation>
    </message>
    <message>
        <source>(declared, not confirmed)</source>
        <translation>（申报，待确认）</translation>
    </message>
    <message>
        <source>Safety triage: %1</source>
        <translation>安全检测：%1</translation>
    </message>
    <message>
        <source>No safety triage recorded.</source>
        <translation>尚无安全检测记录。</translation>
    </message>
    <message>
        <source>No certificate issued.</source>
        <translation>尚未出具回收证明。</translation>
    </message>
    <message>
        <source>Certificate %1, issued %2</source>
        <translation>回收证明 %1，出具于 %2</translation>
    </message>
    <message>
        <source>Only a supervisor can issue certificates.</source>
        <translation>只有主管可以出具回收证明。</translation>
    </message>
    <message>
        <source>Approve the intake first.</source>
        <translation>请先批准入场记录。</translation>
    </message>
    <message>
        <source>Not possible yet: see the red banner for what is missing.</source>
        <translation>暂不能出具：缺少的内容见红色提示栏。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Background sync is sending now.</source>
        <translation>后台同步正在发送。</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n event(s) delivered.</source>
        <translation>
            <numerusform>已发送：%n 条记录送达总部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1: take it to head office and bring back the receipt.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1：请送交总部并带回回执。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt applied: %n event(s) now delivered.</source>
        <translation>
            <numerusform>回执已导入：%n 条记录确认送达。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter head office&apos;s address, starting with https://.</source>
        <translation>请输入总部地址，以 https:// 开头。</translation>
    </message>
    <message>
        <source>Enter the one-time token head office gave you.</source>
        <translation>请输入总部提供的一次性令牌。</translation>
    </message>
    <message>
        <source>No CA file at %1: choose the file head office sent.</source>
        <translation>%1 处没有 CA 证书文件：请选择总部发来的文件。</translation>
    </message>
    <message>
        <source>Enrolled at head office as %1.</source>
        <translation>已在总部注册，名称：%1。</translation>
    </message>
    <message>
        <source>Another sync program is already sending this yard&apos;s records.</source>
        <translation>另一个同步程序正在发送本厂记录。</translation>
    </message>
    <message>
        <source>Running: records are sent every minute while the link is up.</source>
        <translation>运行中：网络连通时每分钟发送一次记录。</translation>
    </message>
    <message>
        <source>Not running: the yard is not enrolled yet.</source>
        <translation>未运行：本厂尚未在总部注册。</translation>
    </message>
    <message>
        <source>Stopped: records are sent only with “Sync now” or a USB stick.</source>
        <translation>已停止：仅通过“立即同步”或U盘发送记录。</translation>
    </message>
    <message>
        <source>Stop background sync</source>
        <translation>停止后台同步</translation>
    </message>
    <message>
        <source>Start background sync</source>
        <translation>启动后台同步</translation>
    </message>
    <message>
        <source>Export for head office</source>
        <translation>导出给总部</translation>
    </message>
    <message>
        <source>Head office&apos;s CA certificate</source>
        <translation>总部的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书文件 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Head office&apos;s receipt</source>
        <translation>总部回执</translation>
    </message>
    <message>
        <source>Sync did not work: %1</source>
        <translation>同步未成功：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Head office: %1</source>
        <translation>总部：%1</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 (of which on a USB stick: %2)</source>
        <translation>待发送：%1（其中已导出到U盘：%2）</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>已送达：%1</translation>
    </message>
    <message>
        <source>Refused by head office: %1</source>
        <translation>总部拒收：%1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
    <message>
        <source>Last error (%1 in a row): %2</source>
        <translation>最近错误（连续 %1 次）：%2</translation>
    </message>
    <message>
        <source>Refused by head office</source>
        <translation>总部拒收</translation>
    </message>
    <message>
        <source>Sync with head office</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export to a USB stick…</source>
        <translation>导出到U盘(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import head office&apos;s receipt…</source>
        <translation>导入总部回执(&amp;I)…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>后台同步</translation>
    </message>
    <message>
        <source>Enrol this yard at head office</source>
        <translation>在总部注册本厂</translation>
    </message>
    <message>
        <source>Head office &amp;URL</source>
        <translation>总部地址(&amp;U)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>总部服务器网址</translation>
    </message>
    <message>
        <source>One-time &amp;token</source>
        <translation>一次性令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;CA file (optional)</source>
        <translation>CA 证书(可选)(&amp;C)</translation>
    </message>
    <message>
        <source>only if head office sent a CA certificate (.pem)</source>
        <translation>仅当总部发来 CA 证书文件时填写</translation>
    </message>
    <message>
        <source>CA file…</source>
        <translation>CA 证书…</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>注册(&amp;R)</translation>
    </message>
    <message>
        <source>Head office&apos;s administrator gives the address and a token that works once. Only an administrator of this yard can enrol it.</source>
        <translation>总部管理员提供地址和只能使用一次的令牌。只有本厂管理员可以注册。</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message numerus="yes">
        <source>%n event(s) refused by head office: records head office does not hold. Settle each one with head office or the other yard, then mark it handled.</source>
        <translation>
            <numerusform>总部拒收 %n 条记录，这些记录总部没有收存。请逐条与总部或对方拆解厂核实处理，然后标记为已处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head office has refused nothing.</source>
        <translation>总部没有拒收任何记录。</translation>
    </message>
    <message>
        <source>Head office said: “%1”</source>
        <translation>总部答复：“%1”</translation>
    </message>
    <message>
        <source>Only a supervisor can mark a refusal as handled.</source>
        <translation>只有主管可以将拒收标记为已处理。</translation>
    </message>
    <message>
        <source>Write what was done about it first (for example: called the other yard).</source>
        <translation>请先填写处理情况（例如：已致电对方拆解厂）。</translation>
    </message>
    <message>
        <source>Marked as handled.</source>
        <translation>已标记为已处理。</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>拒收时间</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>e.g. called the other yard: the pack was scanned there by mistake</source>
        <translation>例如：已致电对方拆解厂，电池包在对方误扫</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>处理情况(&amp;D)</translation>
    </message>
    <message>
        <source>Mark as &amp;handled</source>
        <translation>标记为已处理(&amp;H)</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Sync error details</source>
        <translation>同步错误详情</translation>
    </message>
    <message>
        <source>Sync: reading…</source>
        <translation>同步：读取中…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting for head office</source>
        <translation>
            <numerusform>%n 条记录待发送总部</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>上次成功 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n refused by head office</source>
        <translation>
            <numerusform>⚠ 总部拒收 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ last attempt failed</source>
        <translation>⚠ 上次同步失败</translation>
    </message>
    <message>
        <source>Last attempt failed: %1 (right-click for details)</source>
        <translation>上次同步失败：%1（右键查看详情）</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The yard is not set up yet: finish the set-up first.</source>
        <translation>本厂尚未完成初始设置：请先完成设置。</translation>
    </message>
    <message>
        <source>This yard is not enrolled at head office yet: enter head office&apos;s address and a one-time token.</source>
        <translation>本厂尚未在总部注册：请输入总部地址和一次性令牌。</translation>
    </message>
    <message>
        <source>Head office revoked this yard&apos;s key, or this yard made a new key: nothing more is sent. Ask head office for a new enrolment token (made with --replace-key) and enrol again.</source>
        <translation>总部已吊销本厂密钥，或本厂已生成新密钥：暂停发送任何记录。请向总部索取新的注册令牌（用 --replace-key 生成），然后重新注册。</translation>
    </message>
    <message>
        <source>Head office cannot be reached (no network or head office is down). Nothing is lost: records are sent when the link is back, or take them on a USB stick.</source>
        <translation>无法连接总部（无网络或总部服务中断）。记录不会丢失：网络恢复后自动发送，也可以用U盘带到总部。</translation>
    </message>
    <message>
        <source>Head office&apos;s certificate is not trusted by this PC: enrol again and give the CA file head office&apos;s administrator sent.</source>
        <translation>本机不信任总部的证书：请重新注册，并选择总部管理员发来的 CA 证书文件。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is more than a day off, so head office refused the request: set the right date and time, then sync again.</source>
        <translation>本机时钟偏差超过一天，总部拒绝了请求：请校正日期和时间后重新同步。</translation>
    </message>
    <message>
        <source>Head office had a problem and could not take the records; it is tried again automatically.</source>
        <translation>总部服务出现问题，暂未接收记录；系统会自动重试。</translation>
    </message>
    <message>
        <source>Head office refused the request. Call head office.</source>
        <translation>总部拒绝了请求。请联系总部。</translation>
    </message>
    <message>
        <source>A document from head office did not carry head office&apos;s valid signature: it was not used.</source>
        <translation>总部发来的文件签名无效，未予采用。</translation>
    </message>
    <message>
        <source>That file cannot be used: choose the receipt head office made for this yard&apos;s export.</source>
        <translation>该文件无法使用：请选择总部为本厂导出文件出具的回执。</translation>
    </message>
    <message>
        <source>That folder does not exist: is the USB stick plugged in?</source>
        <translation>该文件夹不存在：U盘插好了吗？</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly; the log has the details.</source>
        <translation>同步意外失败，详情见日志。</translation>
    </message>
    <message>
        <source>Head office did not accept the token (wrong, used or expired): ask head office for a new one.</source>
        <translation>总部不接受该令牌（错误、已使用或已过期）：请向总部申请新令牌。</translation>
    </message>
    <message>
        <source>Head office does not know this yard (never enrolled or revoked): enrol again with a new token.</source>
        <translation>总部没有本厂的注册信息（未注册或已被撤销）：请用新令牌重新注册。</translation>
    </message>
    <message>
        <source>Head office did not accept this yard&apos;s signature: check the PC&apos;s date and time, then call head office.</source>
        <translation>总部不接受本厂的签名：请检查电脑的日期和时间，然后联系总部。</translation>
    </message>
    <message>
        <source>Head office did not accept this yard&apos;s signature: call head office.</source>
        <translation>总部不接受本厂的签名：请联系总部。</translation>
    </message>
    <message>
        <source>Head office is missing earlier records of this yard: call head office before going on.</source>
        <translation>总部缺少本厂之前的记录：请先联系总部再继续。</translation>
    </message>
    <message>
        <source>Head office refused a batch as too large: call support.</source>
        <translation>总部以数据过大为由拒收：请联系技术支持。</translation>
    </message>
    <message>
        <source>Head office found this yard&apos;s records changed after they were sealed: run &apos;dismantler audit verify&apos; and call support.</source>
        <translation>总部发现本企业的记录在封存后被改动：请运行“dismantler audit verify”并联系技术支持。</translation>
    </message>
    <message>
        <source>Head office could not read what this yard sent: call support (the details are in the log).</source>
        <translation>总部无法读取本企业发送的数据：请联系技术支持（详情见日志）。</translation>
    </message>
    <message>
        <source>Head office runs another version of the sync: update this app or ask head office to update.</source>
        <translation>总部使用的同步版本与本机不同：请升级本软件，或请总部升级。</translation>
    </message>
    <message>
        <source>Head office already received this exact request; the next sync sends a fresh one.</source>
        <translation>总部已收到过完全相同的请求；下次同步时会重新发送。</translation>
    </message>
    <message>
        <source>Head office refused a photo as unreadable: call support (the details are in the log).</source>
        <translation>总部无法读取一张照片，已拒收：请联系技术支持（详情见日志）。</translation>
    </message>
    <message>
        <source>A photo upload was interrupted; it is sent again at the next sync.</source>
        <translation>照片上传中断；下次同步时会重新发送。</translation>
    </message>
    <message>
        <source>Head office revoked this yard&apos;s key: ask head office for a new enrolment token (made with --replace-key) and enrol again.</source>
        <translation>总部已吊销本厂密钥：请向总部索取新的注册令牌（用 --replace-key 生成），然后重新注册。</translation>
    </message>
    <message>
        <source>Head office refused the request&apos;s time: set this PC&apos;s date and time, then sync again.</source>
        <translation>总部拒绝了请求的时间：请校正本机日期和时间后重新同步。</translation>
    </message>
    <message>
        <source>Head office is waiting for earlier records before taking these; they are sent again later.</source>
        <translation>总部需先收到更早的记录才能接收这些记录；稍后会自动重新发送。</translation>
    </message>
    <message>
        <source>Head office sent other reference data than asked for; it is fetched again at the next sync.</source>
        <translation>总部发来的参考数据与请求不符；下次同步时会重新获取。</translation>
    </message>
    <message>
        <source>Pack already on a vehicle in another yard</source>
        <translation>电池包已关联其他拆解厂的车辆</translation>
    </message>
    <message>
        <source>Record changed after it was sent</source>
        <translation>记录发送后被改动</translation>
    </message>
    <message>
        <source>Record incomplete</source>
        <translation>记录不完整</translation>
    </message>
    <message>
        <source>Pack handed over to a receiver not on head office&apos;s white list</source>
        <translation>电池包移交给了不在总部白名单内的接收企业</translation>
    </message>
    <message>
        <source>Certificate number already names another vehicle at head office: void this certificate and issue a new one</source>
        <translation>证明编号在总部已对应另一辆车：请作废本证明并重新出具</translation>
    </message>
    <message>
        <source>This yard&apos;s audit trail went back behind what head office already holds (a restored backup?): run &apos;dismantler audit verify&apos; and call support</source>
        <translation>本企业的审计记录退回到了总部已收到的记录之前（是否恢复过备份？）：请运行“dismantler audit verify”并联系技术支持</translation>
    </message>
    <message>
        <source>This yard&apos;s audit trail was rewritten after head office received it: run &apos;dismantler audit verify&apos; and call support</source>
        <translation>本企业的审计记录在总部收到后被改写：请运行“dismantler audit verify”并联系技术支持</translation>
    </message>
    <message>
        <source>Pack scanned</source>
        <translation>扫描电池包</translation>
    </message>
    <message>
        <source>Pack released</source>
        <translation>解除电池包关联</translation>
    </message>
    <message>
        <source>Intake opened</source>
        <translation>新建收车</translation>
    </message>
    <message>
        <source>Vehicle corrected</source>
        <translation>修改车辆信息</translation>
    </message>
    <message>
        <source>Documents recorded</source>
        <translation>登记证件</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>出具报废证明</translation>
    </message>
    <message>
        <source>Certificate voided</source>
        <translation>作废报废证明</translation>
    </message>
    <message>
        <source>Official certificate number recorded</source>
        <translation>已登记官方证明编号</translation>
    </message>
    <message>
        <source>Expected packs recorded</source>
        <translation>已登记应有电池包</translation>
    </message>
    <message>
        <source>Declared packs confirmed</source>
        <translation>已确认申报的电池包</translation>
    </message>
    <message>
        <source>Pack handed over</source>
        <translation>电池包已移交</translation>
    </message>
    <message>
        <source>Hand-over details completed</source>
        <translation>移交信息已补全</translation>
    </message>
    <message>
        <source>Battery passport recorded</source>
        <translation>已登记电池护照</translation>
    </message>
    <message>
        <source>Replaced pack resolved</source>
        <translation>更换电池包已处理</translation>
    </message>
    <message>
        <source>Pack triaged</source>
        <translation>电池包已完成安全检测</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>已添加照片</translation>
    </message>
    <message>
        <source>Photo deleted</source>
        <translation>已删除照片</translation>
    </message>
    <message>
        <source>Report recorded as sent</source>
        <translation>报表已登记为已报送</translation>
    </message>
    <message>
        <source>Vehicle disposition recorded</source>
        <translation>已登记车辆去向</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>已停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>已启用用户</translation>
    </message>
    <message>
        <source>User roles changed</source>
        <translation>用户角色已修改</translation>
    </message>
    <message>
        <source>Yard set up</source>
        <translation>企业已完成初始设置</translation>
    </message>
    <message>
        <source>Yard details changed</source>
        <translation>企业信息已修改</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>出证规则已修改</translation>
    </message>
    <message>
        <source>Head office refused the request (%1). Call head office.</source>
        <translation>总部拒绝了请求（%1）。请联系总部。</translation>
    </message>
    <message>
        <source>Record no longer in the outbox</source>
        <translation>记录已不在待发队列中</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>电池包 %1</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>证明 %1</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>已关联车辆 %1</translation>
    </message>
    <message>
        <source>at yard %1</source>
        <translation>所在拆解厂 %1</translation>
    </message>
</context>
<context>
    <name>TextSuggestion</name>
    <message>
        <source>Read from the printed text, which has no check character, and not among this vehicle&apos;s expected packs. Compare it with the label.</source>
        <translation>从印刷文字识别（印刷文字没有校验位），且不在本车预期的电池包中。请与标签核对。</translation>
    </message>
    <message>
        <source>Read from the printed text, and its check digit does not match. Compare it with the label.</source>
        <translation>从印刷文字识别，校验位不符。请与标签核对。</translation>
    </message>
    <message>
        <source>Read from the printed text with look-alike characters corrected. Compare it with the label.</source>
        <translation>从印刷文字识别，已更正形近字符。请与标签核对。</translation>
    </message>
    <message>
        <source>Confirm (%1)</source>
        <translation>确认（%1）</translation>
    </message>
    <message>
        <source>Not this code</source>
        <translation>不是这个编码</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Safety triage of a battery pack</source>
        <translation>电池包安全检测</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>电池包(&amp;P)</translation>
    </message>
    <message>
        <source>Visible &amp;damage</source>
        <translation>外观损伤(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Leakage</source>
        <translation>漏液(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;welling</source>
        <translation>鼓胀(&amp;W)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Fire history</source>
        <translation>曾起火</translation>
    </message>
    <message>
        <source>Flood history</source>
        <translation>曾泡水</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>&amp;Insulation resistance</source>
        <translation>绝缘电阻(&amp;I)</translation>
    </message>
    <message>
        <source> MΩ</source>
        <translation> MΩ</translation>
    </message>
    <message>
        <source>Pack &amp;voltage</source>
        <translation>电池包电压(&amp;V)</translation>
    </message>
    <message>
        <source> V</source>
        <translation> V</translation>
    </message>
    <message>
        <source>State of &amp;charge</source>
        <translation>荷电状态(&amp;C)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;BMS fault codes</source>
        <translation>BMS 故障码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Risk class</source>
        <translation>风险等级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quarantine location</source>
        <translation>隔离存放位置(&amp;Q)</translation>
    </message>
    <message>
        <source>Still to answer: %1.</source>
        <translation>尚待填写：%1。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
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
        <translation>所选用户</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Set &amp;roles</source>
        <translation>设置角色(&amp;R)</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>新密码（至少8位）</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少8位）</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>所选用户：%1</translation>
    </message>
    <message>
        <source>Select a user in the list</source>
        <translation>请在列表中选择用户</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Roles of %1 saved.</source>
        <translation>%1 的角色已保存。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 已恢复登录权限。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>用户 %1 已添加。</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>VehicleChoices</name>
    <message>
        <source>Small new-energy vehicle</source>
        <translation>小型新能源汽车</translation>
    </message>
    <message>
        <source>Small vehicle</source>
        <translation>小型汽车</translation>
    </message>
    <message>
        <source>Large new-energy vehicle</source>
        <translation>大型新能源汽车</translation>
    </message>
    <message>
        <source>Large vehicle</source>
        <translation>大型汽车</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>挂车</translation>
    </message>
    <message>
        <source>Driving-school vehicle</source>
        <translation>教练汽车</translation>
    </message>
    <message>
        <source>Vehicle from outside the mainland</source>
        <translation>境外汽车</translation>
    </message>
    <message>
        <source>Foreign-registered vehicle</source>
        <translation>外籍汽车</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Unified social credit code certificate</source>
        <translation>统一社会信用代码证书</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (Hong Kong, Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— 未登记 —</translation>
    </message>
    <message>
        <source>surrendered with the vehicle</source>
        <translation>已随车交回</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Vehicle, owner and documents</source>
        <translation>车辆、车主和资料</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车辆识别代号 VIN(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>号牌号码(&amp;P)</translation>
    </message>
    <message>
        <source>Plate t&amp;ype</source>
        <translation>号牌种类(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Registration certificate no.</source>
        <translation>机动车登记证书编号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>Body &amp;colour</source>
        <translation>车身颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Po&amp;wertrain</source>
        <translation>动力类型(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Engine number</source>
        <translation>发动机号码(&amp;E)</translation>
    </message>
    <message>
        <source>Drive motor n&amp;umber</source>
        <translation>电动机号码(&amp;U)</translation>
    </message>
    <message>
        <source>Weighed &amp;mass</source>
        <translation>过磅质量(&amp;M)</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> 千克</translation>
    </message>
    <message>
        <source>Leave at “—” when the vehicle was not weighed</source>
        <translation>车辆未过磅时保持“—”</translation>
    </message>
    <message>
        <source>Battery-&amp;swap model</source>
        <translation>换电车型(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Frame/body present</source>
        <translation>车架/车身齐全(&amp;F)</translation>
    </message>
    <message>
        <source>Engine or drive m&amp;otor present</source>
        <translation>发动机或驱动电机齐全(&amp;O)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名/名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Kind of ID document</source>
        <translation>身份证明名称(&amp;K)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Documents received and checks</source>
        <translation>收到的资料和查验</translation>
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
        <source>Mortga&amp;ge check</source>
        <translation>抵押查询(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Theft check</source>
        <translation>盗抢查询(&amp;T)</translation>
    </message>
    <message>
        <source>I&amp;dentifier inspection</source>
        <translation>车辆识别代号/发动机号查验(&amp;D)</translation>
    </message>
    <message>
        <source>Registration document</source>
        <translation>登记证件</translation>
    </message>
    <message>
        <source>Owner&apos;s written statement on a missing battery</source>
        <translation>车主关于电池缺失的书面说明</translation>
    </message>
    <message>
        <source>✖ Not a VIN: %1</source>
        <translation>✖ 不是车辆识别代号：%1</translation>
    </message>
    <message>
        <source>✔ Valid VIN</source>
        <translation>✔ 车辆识别代号有效</translation>
    </message>
    <message>
        <source>⚠ Check digit is %1, expected %2: compare with the vehicle licence</source>
        <translation>⚠ 校验位是 %1，应为 %2：请与行驶证核对</translation>
    </message>
    <message>
        <source>⚠ Not a Chinese plate (%1): saved as typed</source>
        <translation>⚠ 不是中国号牌（%1）：按输入保存</translation>
    </message>
    <message>
        <source>new-energy plate</source>
        <translation>新能源号牌</translation>
    </message>
    <message>
        <source>ordinary plate</source>
        <translation>普通号牌</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>Recorded: %1 (type to replace)</source>
        <translation>已登记：%1（输入即替换）</translation>
    </message>
    <message>
        <source>⚠ Not a resident ID number (%1): saved as typed</source>
        <translation>⚠ 不是居民身份证号码（%1）：按输入保存</translation>
    </message>
</context>
<context>
    <name>VehicleText</name>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
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
