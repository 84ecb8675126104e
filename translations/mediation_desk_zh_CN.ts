<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Access</name>
    <message>
      <source>Use 2–32 Latin letters, digits, dots, dashes or underscores, e.g. wangfang.</source>
      <translation>请用 2–32 个英文字母、数字、点、短横线或下划线，例如 wangfang。</translation>
    </message>
    <message>
      <source>Another account already has this username.</source>
      <translation>已有其他账户使用此用户名。</translation>
    </message>
    <message>
      <source>Enter the person's name.</source>
      <translation>请填写使用人姓名。</translation>
    </message>
    <message>
      <source>The name can have at most {max} characters.</source>
      <translation>姓名最多 {max} 个字。</translation>
    </message>
    <message>
      <source>The password needs at least {min} characters.</source>
      <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
      <source>The password can have at most {max} characters.</source>
      <translation>密码最多 {max} 个字符。</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>The current password is not right.</source>
      <translation>当前密码不正确。</translation>
    </message>
    <message>
      <source>Choose which of the committee's mediators this account is.</source>
      <translation>请选择此账户对应本委员会的哪一位调解员。</translation>
    </message>
    <message>
      <source>This mediator is not in the committee's list.</source>
      <translation>本委员会的调解员名单中没有这位调解员。</translation>
    </message>
    <message>
      <source>This is the only active director account: someone must be able to manage the accounts. Make another account director first.</source>
      <translation>这是唯一在用的主任账户，必须有人能管理账户。请先把另一个账户设为主任。</translation>
    </message>
    <message>
      <source>The first account is the committee director's.</source>
      <translation>第一个账户必须是调委会主任的账户。</translation>
    </message>
    <message>
      <source>Mediator</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>Committee director</source>
      <translation>调委会主任</translation>
    </message>
    <message>
      <source>Justice office (read only)</source>
      <translation>司法所（只读）</translation>
    </message>
    <message>
      <source>%1 min %2 s</source>
      <translation>%1 分 %2 秒</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 秒</translation>
    </message>
    <message>
      <source>Too many wrong passwords. Please wait, then try again in %1.</source>
      <translation>密码错误次数过多。请等待 %1 后再试。</translation>
    </message>
    <message>
      <source>The username or the password is wrong.</source>
      <translation>用户名或密码不正确。</translation>
    </message>
    <message>
      <source>Please sign in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <source>This case is closed or archived: a correction needs a reason.</source>
      <translation>此案件已结案或已归档：更正须填写理由。</translation>
    </message>
    <message>
      <source>Your account may not do this. Ask the committee director if you need to.</source>
      <translation>您的账户无权进行此操作。如确有需要，请联系调委会主任。</translation>
    </message>
  </context>
  <context>
    <name>AccessWorkflow</name>
    <message>
      <source>Switch the account off?</source>
      <translation>停用此账户？</translation>
    </message>
    <message>
      <source>%1 will no longer be able to sign in. The account is kept.</source>
      <translation>%1 将不能再登录。账户会保留。</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <source>User account</source>
      <translation>用户账户</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <source>Latin letters and digits, e.g. wangfang</source>
      <translation>英文字母和数字，例如 wangfang</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>角色(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Mediator:</source>
      <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
      <source>C&amp;urrent password:</source>
      <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <source>At least 8 characters</source>
      <translation>至少 8 个字符</translation>
    </message>
    <message>
      <source>Re&amp;peat password:</source>
      <translation>再次输入密码(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Active (may sign in)</source>
      <translation>在用（可以登录）(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>取消(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>The committee director's account</source>
      <translation>调委会主任账户</translation>
    </message>
    <message>
      <source>Case files hold personal information. Create the committee director's account now: from the next start everyone signs in, and the director adds an account for each mediator (User accounts… in the Committee menu).</source>
      <translation>案卷中有当事人的个人信息。请现在建立调委会主任的账户：下次启动起每个人都要登录，由主任为每位调解员添加账户（“委员会”菜单中的“用户账户…”）。</translation>
    </message>
    <message>
      <source>Add an account</source>
      <translation>添加账户</translation>
    </message>
    <message>
      <source>Account of %1</source>
      <translation>%1 的账户</translation>
    </message>
    <message>
      <source>New password for %1</source>
      <translation>为 %1 设置新密码</translation>
    </message>
    <message>
      <source>Change the password of %1</source>
      <translation>修改 %1 的密码</translation>
    </message>
  </context>
  <context>
    <name>AgentDialog</name>
    <message>
      <source>Agent</source>
      <translation>代理人</translation>
    </message>
    <message>
      <source>Kind of agent</source>
      <translation>代理人类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Mobile or landline with area code, e.g. 0477-8581234</source>
      <translation>手机号码或带区号的固定电话，如0477-8581234</translation>
    </message>
    <message>
      <source>Scope of authority</source>
      <translation>代理权限</translation>
    </message>
    <message>
      <source>As written on the power of attorney, e.g. attend the mediation, state the facts, accept a settlement</source>
      <translation>按授权委托书载明的内容填写，如：代为参加调解、陈述事实、签署调解协议</translation>
    </message>
    <message>
      <source>Add an agent</source>
      <translation>添加代理人</translation>
    </message>
    <message>
      <source>Edit the agent</source>
      <translation>修改代理人信息</translation>
    </message>
    <message>
      <source>OK anyway</source>
      <translation>仍然确定</translation>
    </message>
  </context>
  <context>
    <name>AgreementEditor</name>
    <message>
      <source>&amp;Form</source>
      <translation>协议形式(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Reached on</source>
      <translation>达成日期(&amp;R)</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>yyyy-MM-dd</translation>
    </message>
    <message>
      <source>Main &amp;facts</source>
      <translation>纠纷主要事实(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Disputed matters</source>
      <translation>争议事项(&amp;D)</translation>
    </message>
    <message>
      <source>Each party's &amp;responsibility</source>
      <translation>各方责任(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Terms</source>
      <translation>协议内容(&amp;T)</translation>
    </message>
    <message>
      <source>Who performs</source>
      <translation>履行人</translation>
    </message>
    <message>
      <source>Obligation</source>
      <translation>履行事项</translation>
    </message>
    <message>
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>How</source>
      <translation>履行方式</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>履行地点</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>履行期限</translation>
    </message>
    <message>
      <source>Performance</source>
      <translation>履行情况</translation>
    </message>
    <message>
      <source>Performed on</source>
      <translation>履行日期</translation>
    </message>
    <message>
      <source>Add term</source>
      <translation>添加条款</translation>
    </message>
    <message>
      <source>Remove term</source>
      <translation>删除条款</translation>
    </message>
    <message>
      <source>&amp;Performance method</source>
      <translation>履行方式说明(&amp;P)</translation>
    </message>
    <message>
      <source>e.g. paid in cash before the mediator</source>
      <translation>例如：在调解员见证下以现金当场支付</translation>
    </message>
    <message>
      <source>Signed and &amp;sealed on</source>
      <translation>签字盖章日期(&amp;S)</translation>
    </message>
    <message>
      <source>Record si&amp;gning</source>
      <translation>登记签署生效(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Term %1: %2</source>
      <translation>第%1项：%2</translation>
    </message>
    <message>
      <source>Agreement recorded (reached on %1).</source>
      <translation>协议已登记（%1达成）。</translation>
    </message>
    <message>
      <source>In effect since %1.</source>
      <translation>自%1起生效。</translation>
    </message>
    <message>
      <source>Drafting the agreement. Save it, print it for signatures, fingerprints and the committee seal, then record the day it was signed.</source>
      <translation>正在起草协议。请保存并打印，由当事人签名、按指印，加盖调解委员会印章后，登记签署日期。</translation>
    </message>
    <message>
      <source>An agreement can be written once mediation has started.</source>
      <translation>开始调解后才能制作调解协议。</translation>
    </message>
    <message>
      <source>Record as &amp;reached</source>
      <translation>登记为已达成(&amp;R)</translation>
    </message>
    <message>
      <source>Written in %1 copies: one for each party, one kept by the committee.</source>
      <translation>一式%1份：当事人各执一份，调解委员会留存一份。</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <source>Please set up your committee first.</source>
      <translation>请先设置调解委员会。</translation>
    </message>
    <message>
      <source>Database on a network share</source>
      <translation>数据库位于网络共享上</translation>
    </message>
    <message>
      <source>Today's automatic backup could not be made. %1</source>
      <translation>今天的自动备份未能完成。%1</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>正在恢复备份…</translation>
    </message>
    <message>
      <source>About Mediation Desk</source>
      <translation>关于调解台</translation>
    </message>
    <message>
      <source>Mediation Desk %1 — case management for people's mediation committees.

Village division codes: Vonng/adcode (CC BY 4.0); county and township codes: modood/Administrative-divisions-of-China. The division list is an editable seed, not an authoritative source.

All data stays on this computer.</source>
      <translation>调解台 %1 — 人民调解委员会案件管理软件。

村级区划代码来源：Vonng/adcode（CC BY 4.0）；旗县区和苏木乡镇代码来源：modood/Administrative-divisions-of-China。区划名单仅供初始使用，可以修改，不作为权威依据。

所有数据均保存在本机。</translation>
    </message>
  </context>
  <context>
    <name>AuditLabels</name>
    <message>
      <source>added</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>full ID number shown</source>
      <translation>查看了完整身份证号</translation>
    </message>
    <message>
      <source>imported from a file</source>
      <translation>从文件导入</translation>
    </message>
    <message>
      <source>demo cases added</source>
      <translation>添加了演示案件</translation>
    </message>
    <message>
      <source>restored from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>deleted for good after the retention period</source>
      <translation>保存期满后永久删除</translation>
    </message>
    <message>
      <source>rows added at once</source>
      <translation>批量新增</translation>
    </message>
    <message>
      <source>rows changed at once</source>
      <translation>批量修改</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Agent of a party</source>
      <translation>当事人的代理人</translation>
    </message>
    <message>
      <source>Mediator of the case</source>
      <translation>案件调解员</translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <source>Acceptance decision</source>
      <translation>受理决定</translation>
    </message>
    <message>
      <source>Refusal of mediation</source>
      <translation>拒绝调解</translation>
    </message>
    <message>
      <source>Rights and duties notice</source>
      <translation>权利义务告知</translation>
    </message>
    <message>
      <source>Diversion</source>
      <translation>分流</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>调解协议</translation>
    </message>
    <message>
      <source>Agreement term</source>
      <translation>协议条款</translation>
    </message>
    <message>
      <source>Agreement draft</source>
      <translation>协议草稿</translation>
    </message>
    <message>
      <source>Termination</source>
      <translation>终止调解</translation>
    </message>
    <message>
      <source>Follow-up visit</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Risk report</source>
      <translation>风险报告</translation>
    </message>
    <message>
      <source>Extension</source>
      <translation>延期</translation>
    </message>
    <message>
      <source>Investigation record</source>
      <translation>调查记录</translation>
    </message>
    <message>
      <source>Mediation session record</source>
      <translation>调解记录</translation>
    </message>
    <message>
      <source>Judicial confirmation</source>
      <translation>司法确认</translation>
    </message>
    <message>
      <source>Recusal of a mediator</source>
      <translation>调解员回避</translation>
    </message>
    <message>
      <source>Public or private mediation</source>
      <translation>公开或不公开调解</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>调解委员会</translation>
    </message>
    <message>
      <source>Mediator</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>Relative of a mediator</source>
      <translation>调解员的亲属</translation>
    </message>
    <message>
      <source>User account</source>
      <translation>用户账户</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Case file</source>
      <translation>案件交换文件</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <source>Division list</source>
      <translation>行政区划表</translation>
    </message>
    <message>
      <source>Nationality list</source>
      <translation>民族表</translation>
    </message>
    <message>
      <source>Dispute category list</source>
      <translation>纠纷类型表</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>facts</source>
      <translation>纠纷事实</translation>
    </message>
    <message>
      <source>requests</source>
      <translation>当事人请求</translation>
    </message>
    <message>
      <source>received on</source>
      <translation>受理登记日期</translation>
    </message>
    <message>
      <source>dispute category</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>amount (fen)</source>
      <translation>涉及金额（分）</translation>
    </message>
    <message>
      <source>name</source>
      <translation>姓名/名称</translation>
    </message>
    <message>
      <source>role</source>
      <translation>当事人身份</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>place</source>
      <translation>纠纷发生地</translation>
    </message>
    <message>
      <source>parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>mediators</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>from status</source>
      <translation>原状态</translation>
    </message>
    <message>
      <source>to status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>shown</source>
      <translation>查看内容</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>案件数</translation>
    </message>
    <message>
      <source>file</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>number of parties</source>
      <translation>当事人人数</translation>
    </message>
    <message>
      <source>archived on</source>
      <translation>归档日期</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <source>cases created</source>
      <translation>新建案件</translation>
    </message>
    <message>
      <source>cases updated</source>
      <translation>更新案件</translation>
    </message>
    <message>
      <source>cases unchanged</source>
      <translation>未变案件</translation>
    </message>
    <message>
      <source>first case number</source>
      <translation>起始案号</translation>
    </message>
    <message>
      <source>last case number</source>
      <translation>截止案号</translation>
    </message>
    <message>
      <source>seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>lock after idle minutes</source>
      <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
      <source>mediators read colleagues' cases</source>
      <translation>调解员可查看同事的案件</translation>
    </message>
    <message>
      <source>wrong passwords before waiting</source>
      <translation>密码错误几次后需等待</translation>
    </message>
    <message>
      <source>years archived cases are kept</source>
      <translation>已归档案件保存年限</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>party %1: %2</source>
      <translation>第%1位当事人的%2</translation>
    </message>
  </context>
  <context>
    <name>AuditLogDialog</name>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Case &amp;number:</source>
      <translation>案号(&amp;N)：</translation>
    </message>
    <message>
      <source>All cases</source>
      <translation>全部案件</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>显示(&amp;S)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Change history of %1</source>
      <translation>%1 的修改记录</translation>
    </message>
    <message>
      <source>Every change to this case, newest first: who made it, when, and the values before and after.</source>
      <translation>本案的每一次修改（最新的在前）：由谁、在何时修改，以及修改前后的内容。</translation>
    </message>
    <message>
      <source>Every change and every viewing of a full ID number, newest first.</source>
      <translation>每一次修改和每一次查看完整身份证号的记录，最新的在前。</translation>
    </message>
    <message>
      <source>No entries.</source>
      <translation>没有记录。</translation>
    </message>
    <message>
      <source>Log checked: %1 entries, none changed or removed.</source>
      <translation>日志已核验：共 %1 条，没有被篡改或删除。</translation>
    </message>
    <message>
      <source>The log was tampered with at entry %1.</source>
      <translation>日志在第 %1 条处被篡改。</translation>
    </message>
    <message>
      <source>No case numbered %1 is in the database or the log.</source>
      <translation>数据库和日志中都没有案号为 %1 的案件。</translation>
    </message>
    <message>
      <source>Reason: %1</source>
      <translation>理由：%1</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
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
      <translation>事项</translation>
    </message>
    <message>
      <source>Changes (before → after)</source>
      <translation>修改内容（修改前 → 修改后）</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>BackupTableModel</name>
    <message>
      <source>Made on</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>Why it was made</source>
      <translation>备份原因</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>案件数</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Daily, at start-up</source>
      <translation>每日启动时自动备份</translation>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>手动备份</translation>
    </message>
    <message>
      <source>Before an app update</source>
      <translation>软件升级前</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>恢复备份前</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>导入数据前</translation>
    </message>
    <message>
      <source>Copied in (no description)</source>
      <translation>外部复制（无说明）</translation>
    </message>
  </context>
  <context>
    <name>CaseProgressDialog</name>
    <message>
      <source>Case progress</source>
      <translation>案件进展</translation>
    </message>
    <message>
      <source>History</source>
      <translation>办理记录</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Change &amp;history…</source>
      <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
      <source>Who changed what in this case, and when (the audit log)</source>
      <translation>谁在何时修改了本案的哪些内容（审计日志）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>办理期限</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>What can be done now</source>
      <translation>当前可办理事项</translation>
    </message>
    <message>
      <source>Accept the dispute</source>
      <translation>受理纠纷</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>不予受理…</translation>
    </message>
    <message>
      <source>Record rights-and-duties notice…</source>
      <translation>登记权利义务告知…</translation>
    </message>
    <message>
      <source>Start mediation</source>
      <translation>开始调解</translation>
    </message>
    <message>
      <source>Divert to another channel…</source>
      <translation>分流至其他渠道…</translation>
    </message>
    <message>
      <source>Record feedback…</source>
      <translation>登记分流反馈…</translation>
    </message>
    <message>
      <source>Record agreement…</source>
      <translation>登记调解协议…</translation>
    </message>
    <message>
      <source>Terminate mediation…</source>
      <translation>终止调解…</translation>
    </message>
    <message>
      <source>Start follow-up</source>
      <translation>开始回访</translation>
    </message>
    <message>
      <source>Close the case</source>
      <translation>结案</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>Public or non-public mediation…</source>
      <translation>公开或不公开调解…</translation>
    </message>
    <message>
      <source>Replace a mediator (recusal)…</source>
      <translation>更换调解员（回避）…</translation>
    </message>
    <message>
      <source>Extend the time limit…</source>
      <translation>延长调解期限…</translation>
    </message>
    <message>
      <source>Record follow-up visit…</source>
      <translation>记录回访…</translation>
    </message>
    <message>
      <source>Set risk level…</source>
      <translation>设定风险等级…</translation>
    </message>
    <message>
      <source>Nothing more can be done with this case.</source>
      <translation>本案件已无可办理事项。</translation>
    </message>
    <message>
      <source>Accepted &amp;on</source>
      <translation>受理日期(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>理由(&amp;R)</translation>
    </message>
    <message>
      <source>E&amp;xplanation</source>
      <translation>具体说明(&amp;X)</translation>
    </message>
    <message>
      <source>Competent &amp;channels told</source>
      <translation>已告知的处理途径(&amp;C)</translation>
    </message>
    <message>
      <source>Who refused mediation (People's Mediation Law art 17)</source>
      <translation>拒绝调解的当事人（《人民调解法》第十七条）</translation>
    </message>
    <message>
      <source>&amp;Party</source>
      <translation>当事人(&amp;P)</translation>
    </message>
    <message>
      <source>Refused o&amp;n</source>
      <translation>拒绝日期(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;How</source>
      <translation>方式(&amp;H)</translation>
    </message>
    <message>
      <source>Decided &amp;on</source>
      <translation>决定日期(&amp;O)</translation>
    </message>
    <message>
      <source>Given &amp;on</source>
      <translation>告知日期(&amp;O)</translation>
    </message>
    <message>
      <source>Given &amp;to</source>
      <translation>告知对象(&amp;T)</translation>
    </message>
    <message>
      <source>Both parties agree to mediate the agreement again</source>
      <translation>双方当事人同意就调解协议重新调解</translation>
    </message>
    <message>
      <source>&amp;Channel</source>
      <translation>分流渠道(&amp;C)</translation>
    </message>
    <message>
      <source>Conditions &amp;confirmed</source>
      <translation>已确认的条件(&amp;C)</translation>
    </message>
    <message>
      <source>Time limits &amp;told to the parties</source>
      <translation>已告知当事人的期限(&amp;T)</translation>
    </message>
    <message>
      <source>Receiving &amp;body</source>
      <translation>接收单位(&amp;B)</translation>
    </message>
    <message>
      <source>Diverted &amp;on</source>
      <translation>分流日期(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Feedback</source>
      <translation>反馈情况(&amp;F)</translation>
    </message>
    <message>
      <source>Reported &amp;on</source>
      <translation>反馈日期(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>备注(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Why</source>
      <translation>终止原因(&amp;W)</translation>
    </message>
    <message>
      <source>Ended &amp;on</source>
      <translation>终止日期(&amp;O)</translation>
    </message>
    <message>
      <source>Other &amp;channels explained</source>
      <translation>已告知的其他途径(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Form</source>
      <translation>协议形式(&amp;F)</translation>
    </message>
    <message>
      <source>Reached &amp;on</source>
      <translation>达成日期(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Signed and sealed on</source>
      <translation>签字盖章日期(&amp;S)</translation>
    </message>
    <message>
      <source>Takes effect on</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>The agreement sets a date for performance</source>
      <translation>协议约定了履行期限</translation>
    </message>
    <message>
      <source>&amp;Perform by</source>
      <translation>履行期限(&amp;P)</translation>
    </message>
    <message>
      <source>Risk &amp;level</source>
      <translation>风险等级(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Indicators</source>
      <translation>风险因素(&amp;I)</translation>
    </message>
    <message>
      <source>Escalation report (People's Mediation Law art 25)</source>
      <translation>上报情况（《人民调解法》第二十五条）</translation>
    </message>
    <message>
      <source>Reported to</source>
      <translation>上报单位</translation>
    </message>
    <message>
      <source>Police station</source>
      <translation>派出所</translation>
    </message>
    <message>
      <source>Township / sub-district</source>
      <translation>苏木乡镇（街道）</translation>
    </message>
    <message>
      <source>Justice office</source>
      <translation>司法所</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Other &amp;recipient</source>
      <translation>其他上报单位(&amp;R)</translation>
    </message>
    <message>
      <source>Reported &amp;at</source>
      <translation>上报时间(&amp;A)</translation>
    </message>
    <message>
      <source>What was &amp;done</source>
      <translation>处置措施(&amp;D)</translation>
    </message>
    <message>
      <source>Recorded &amp;by</source>
      <translation>记录人(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Progress of case {case_no}</source>
      <translation>案件进展：{case_no}</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>状态：{status}</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Mediation can start when the rights-and-duties notice has been given and a mediator is assigned.</source>
      <translation>已告知当事人权利义务并确定调解员后，即可开始调解。</translation>
    </message>
    <message>
      <source>The committee follows up whether the agreement is performed.</source>
      <translation>调解委员会对调解协议的履行情况进行回访。</translation>
    </message>
    <message>
      <source>Close the case when its outcome is settled.</source>
      <translation>纠纷处理结果确定后即可结案。</translation>
    </message>
    <message>
      <source>Archive the case file. Nothing can be recorded afterwards.</source>
      <translation>将案卷归档。归档后不能再登记任何内容。</translation>
    </message>
    <message>
      <source>This level must be reported at once (art 25): who was told, when and how.</source>
      <translation>此风险等级须立即上报（第二十五条）：请填写上报单位、时间和方式。</translation>
    </message>
    <message>
      <source>Risk: not assessed</source>
      <translation>风险等级：未评估</translation>
    </message>
    <message>
      <source>Risk: {level}</source>
      <translation>风险等级：{level}</translation>
    </message>
    <message>
      <source>{party} asked on {on} for mediator {mediator} to be replaced.</source>
      <translation>{party}于{on}申请更换调解员{mediator}，尚未处理。</translation>
    </message>
    <message>
      <source>Risk indicators: {names}</source>
      <translation>风险因素：{names}</translation>
    </message>
    <message>
      <source>Earlier cases of the same parties:</source>
      <translation>同一当事人的以往案件：</translation>
    </message>
    <message>
      <source>({party}, {on}, {category}, {status})</source>
      <translation>（{party}，{on}，{category}，{status}）</translation>
    </message>
    <message>
      <source>Public or non-public mediation: not recorded yet.</source>
      <translation>公开或不公开调解：尚未记录。</translation>
    </message>
    <message>
      <source>{choice}, as asked by {by} ({on}).</source>
      <translation>{choice}，由{by}提出（{on}）。</translation>
    </message>
  </context>
  <context>
    <name>CaseRecordsDialog</name>
    <message>
      <source>Records and documents</source>
      <translation>调解记录与文书</translation>
    </message>
    <message>
      <source>&amp;Investigations</source>
      <translation>调查记录(&amp;I)</translation>
    </message>
    <message>
      <source>Mediation &amp;sessions</source>
      <translation>调解记录(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Agreement</source>
      <translation>调解协议(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Judicial confirmation</source>
      <translation>司法确认(&amp;J)</translation>
    </message>
    <message>
      <source>&amp;Documents</source>
      <translation>文书(&amp;D)</translation>
    </message>
    <message>
      <source>Records — %1</source>
      <translation>调解记录 — %1</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>This case is closed to changes; its records can be read.</source>
      <translation>本案已不可修改，记录仅供查阅。</translation>
    </message>
    <message>
      <source>Please correct the marked fields.</source>
      <translation>请更正标出的内容。</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <source>Some records have unsaved changes. Close and discard them?</source>
      <translation>部分记录有未保存的修改。确定关闭并放弃这些修改吗？</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
    </message>
  </context>
  <context>
    <name>CaseWorkflow</name>
    <message>
      <source>Correct a closed case</source>
      <translation>更正已结案件</translation>
    </message>
    <message>
      <source>This case is closed. Why does it need correcting? (kept in the audit log)</source>
      <translation>此案件已结案。为什么需要更正？（理由记入审计日志）</translation>
    </message>
    <message>
      <source>A correction needs a reason.</source>
      <translation>更正须填写理由。</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>未保存任何内容。</translation>
    </message>
    <message>
      <source>Registered %1</source>
      <translation>已登记案件 %1</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>已保存案件 %1</translation>
    </message>
  </context>
  <context>
    <name>CommitteeSetupDialog</name>
    <message>
      <source>Committee settings</source>
      <translation>委员会设置</translation>
    </message>
    <message>
      <source>Welcome to Mediation Desk. Before the first case can be registered, tell us about your committee: where it is, its full name as written on its seal, how its case numbers are written and who its mediators are. These facts appear on every registration form and document. You can change them later in the committee settings.</source>
      <translation>欢迎使用调解台。登记第一件纠纷之前，请先填写本调解委员会的基本情况：所在地、与印章一致的全称、案号的编写格式以及人民调解员名单。这些信息会出现在每一份受理登记表和调解文书上。以后可以在“委员会”菜单中修改。</translation>
    </message>
    <message>
      <source>The committee</source>
      <translation>委员会信息</translation>
    </message>
    <message>
      <source>P&amp;lace</source>
      <translation>所在地(&amp;L)</translation>
    </message>
    <message>
      <source>Banner or district, then sumu, town or sub-district, then gacha, village or community. Choosing a village proposes the committee's name.</source>
      <translation>依次选择旗/区、苏木/镇/街道、嘎查/村/社区。选定嘎查、村或社区后，会自动填入建议的委员会名称。</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>全称(&amp;N)</translation>
    </message>
    <message>
      <source>e.g. 乌审召镇巴音敖包嘎查人民调解委员会</source>
      <translation>例如：乌审召镇巴音敖包嘎查人民调解委员会</translation>
    </message>
    <message>
      <source>The committee's full name as it appears on its seal and on documents.</source>
      <translation>委员会全称，应与印章和文书上的名称一致。</translation>
    </message>
    <message>
      <source>Shor&amp;t name</source>
      <translation>简称(&amp;T)</translation>
    </message>
    <message>
      <source>e.g. 巴音敖包</source>
      <translation>例如：巴音敖包</translation>
    </message>
    <message>
      <source>A short form of the name used inside case numbers.</source>
      <translation>委员会简称，用于编写案号。</translation>
    </message>
    <message>
      <source>Case-number &amp;pattern</source>
      <translation>案号格式(&amp;P)</translation>
    </message>
    <message>
      <source>How case numbers are written. {year} is the year, {short_name} the short name and {n} the running number of the year; write {n:03d} for 001, 002 …</source>
      <translation>案号的编写格式：{year} 表示年份，{short_name} 表示简称，{n} 表示当年的顺序号；写成 {n:03d} 则显示为 001、002……</translation>
    </message>
    <message>
      <source>Go back to the usual pattern （{year}）{short_name}人调字第{n}号</source>
      <translation>恢复为通用格式（{year}）{short_name}人调字第{n}号</translation>
    </message>
    <message>
      <source>Use the &amp;usual pattern</source>
      <translation>恢复通用格式(&amp;U)</translation>
    </message>
    <message>
      <source>Add&amp;ress</source>
      <translation>地址(&amp;R)</translation>
    </message>
    <message>
      <source>Where parties can find the committee, e.g. the gacha office</source>
      <translation>当事人前来调解的地点，如嘎查委员会办公室</translation>
    </message>
    <message>
      <source>Ph&amp;one</source>
      <translation>联系电话(&amp;O)</translation>
    </message>
    <message>
      <source>Mobile or landline with area code, e.g. 0477-8581234</source>
      <translation>手机号码或带区号的固定电话，如0477-8581234</translation>
    </message>
    <message>
      <source>Words on the &amp;seal</source>
      <translation>印章文字(&amp;S)</translation>
    </message>
    <message>
      <source>Leave empty when the seal reads the committee's name</source>
      <translation>印章文字与委员会名称相同时留空</translation>
    </message>
    <message>
      <source>Printed beside the seal area of agreements, notices and forms</source>
      <translation>打印在协议书、告知书等文书的盖章处</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Works in</source>
      <translation>工作语言</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在任</translation>
    </message>
    <message>
      <source>Add a committee member or an engaged mediator</source>
      <translation>添加委员或聘任调解员</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>添加(&amp;A)…</translation>
    </message>
    <message>
      <source>Change the chosen mediator (or double-click the row)</source>
      <translation>修改所选调解员的信息（也可双击该行）</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>修改(&amp;E)…</translation>
    </message>
    <message>
      <source>Take the chosen mediator off the list. Cases they worked on keep their name.</source>
      <translation>将所选调解员移出名单。其承办过的案件仍保留其姓名。</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>移除(&amp;M)</translation>
    </message>
    <message>
      <source>Set up your committee</source>
      <translation>设置调解委员会</translation>
    </message>
    <message>
      <source>The committee was not saved: {message}</source>
      <translation>委员会信息未能保存：{message}</translation>
    </message>
    <message>
      <source>Quit Mediation Desk?</source>
      <translation>退出调解台？</translation>
    </message>
    <message>
      <source>Mediation Desk cannot register cases until the committee is set up. Quit now? You will be asked again at the next start.</source>
      <translation>设置好调解委员会后才能登记案件。确定现在退出吗？下次启动时会再次提示设置。</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Continue setting up</source>
      <translation>继续设置</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>放弃修改？</translation>
    </message>
    <message>
      <source>Your changes to the committee and its mediators are not saved.</source>
      <translation>对委员会和调解员所做的修改尚未保存。</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>放弃修改</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <source>No preview until the pattern is fixed.</source>
      <translation>格式改正后才能预览。</translation>
    </message>
    <message>
      <source>(short name)</source>
      <translation>（简称）</translation>
    </message>
    <message>
      <source>The first case of {year} will be numbered {number}</source>
      <translation>{year}年第一件案件的案号为：{number}</translation>
    </message>
    <message>
      <source>Save anyway</source>
      <translation>仍然保存</translation>
    </message>
  </context>
  <context>
    <name>ConfirmationEditor</name>
    <message>
      <source>Time limit</source>
      <translation>申请期限</translation>
    </message>
    <message>
      <source>&amp;Applied on</source>
      <translation>申请日期(&amp;A)</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>yyyy-MM-dd</translation>
    </message>
    <message>
      <source>&amp;Court</source>
      <translation>受理法院(&amp;C)</translation>
    </message>
    <message>
      <source>e.g. 准格尔旗人民法院</source>
      <translation>例如：准格尔旗人民法院</translation>
    </message>
    <message>
      <source>A&amp;pplicants</source>
      <translation>申请人(&amp;P)</translation>
    </message>
    <message>
      <source>Names, separated by 、</source>
      <translation>多人用“、”分隔</translation>
    </message>
    <message>
      <source>&amp;Ruling</source>
      <translation>裁定结果(&amp;R)</translation>
    </message>
    <message>
      <source>Ruling &amp;date</source>
      <translation>裁定日期(&amp;D)</translation>
    </message>
    <message>
      <source>Ruled on</source>
      <translation>已裁定</translation>
    </message>
    <message>
      <source>Ruling &amp;number</source>
      <translation>裁定书文号(&amp;N)</translation>
    </message>
    <message>
      <source>e.g. （2025）内0622民特12号</source>
      <translation>例如：（2025）内0622民特12号</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Judicial confirmation can be applied for once the agreement is in effect.</source>
      <translation>调解协议生效后才能申请司法确认。</translation>
    </message>
    <message>
      <source>The parties may apply together within 30 days of %1, that is by %2 (People's Mediation Law art. 33).</source>
      <translation>双方当事人可自%1起三十日内（即%2前）共同向人民法院申请司法确认（《人民调解法》第三十三条）。</translation>
    </message>
  </context>
  <context>
    <name>CrashReporter</name>
    <message>
      <source>Something went wrong</source>
      <translation>程序出现问题</translation>
    </message>
    <message>
      <source>Mediation Desk ran into an unexpected problem. What you saved before is safe; the step you were doing may not have been completed — please check it.</source>
      <translation>调解台遇到了意外问题。此前已保存的内容不受影响；刚才进行的操作可能没有完成，请检查。</translation>
    </message>
    <message>
      <source>A technical report was written to the log file below. It stays on this computer and holds no case details; you may pass it on to your support.

%1</source>
      <translation>技术报告已写入下面的日志文件。该文件只保存在本机，不含任何案件内容，可交给技术支持人员查看。

%1</translation>
    </message>
    <message>
      <source>Show the log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
  </context>
  <context>
    <name>DataWorkflow</name>
    <message>
      <source>Making a backup…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>Choose the folder for the backup</source>
      <translation>选择备份存放的文件夹</translation>
    </message>
    <message>
      <source>Backup made.</source>
      <translation>备份已完成。</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>备份完成</translation>
    </message>
    <message>
      <source>The backup holds %1 case(s) and was checked after writing.

%2</source>
      <translation>备份包含 %1 件案件，写入后已通过完整性检查。

%2</translation>
    </message>
    <message>
      <source>an unknown date</source>
      <translation>未知日期</translation>
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation>恢复此备份？</translation>
    </message>
    <message>
      <source>The backup made on %1 holds %2 case(s) of %3.

Everything entered since then will no longer be in the database. The database as it is now is kept as a backup first, so you can go back to it.</source>
      <translation>%1 的备份包含%3的 %2 件案件。

此后录入的内容将不再保留在数据库中。恢复前会先把当前数据库另存为备份，需要时可以恢复回来。</translation>
    </message>
    <message>
      <source>no committee yet</source>
      <translation>尚未设置调解委员会</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>正在恢复备份…</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>备份已恢复</translation>
    </message>
    <message>
      <source>The database now holds the %1 case(s) of the backup.</source>
      <translation>数据库现已恢复为备份中的 %1 件案件。</translation>
    </message>
    <message>
      <source>Backup or restore failed</source>
      <translation>备份或恢复未成功</translation>
    </message>
    <message>
      <source>%1

The database has not been changed.</source>
      <translation>%1

数据库未做任何改动。</translation>
    </message>
    <message>
      <source>The passphrase is wrong. Type the one the backup was made with.</source>
      <translation>密码短语不正确。请输入制作此备份时使用的密码短语。</translation>
    </message>
    <message>
      <source>This encrypted backup was changed or damaged after it was made (or is incomplete) and cannot be restored.</source>
      <translation>这个加密备份在制作后被改动、损坏或不完整，无法恢复。</translation>
    </message>
    <message>
      <source>This file cannot be restored: it is not a complete Mediation Desk backup.</source>
      <translation>无法恢复此文件：它不是完整的调解台备份。</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of Mediation Desk. Install that version to restore it.</source>
      <translation>此备份由更新版本的调解台制作。请安装该版本后再恢复。</translation>
    </message>
    <message>
      <source>The backup could not be written. Check that the folder exists, that there is enough free space and that the USB stick is not write-protected.</source>
      <translation>备份未能写入。请检查文件夹是否存在、磁盘空间是否充足、U盘是否处于写保护状态。</translation>
    </message>
  </context>
  <context>
    <name>DatabaseProblemFlow</name>
    <message>
      <source>This database was written by a newer version of Mediation Desk. Please install the newer version; the database has not been changed.</source>
      <translation>此数据库由更新版本的调解台创建。请安装新版本；数据库未做任何改动。</translation>
    </message>
    <message>
      <source>The database could not be opened. Nothing has been changed or deleted.

Details: %1</source>
      <translation>数据库无法打开。数据未做任何修改或删除。

详细信息：%1</translation>
    </message>
    <message>
      <source>Looking for the newest good backup…</source>
      <translation>正在查找最近的完好备份…</translation>
    </message>
    <message>
      <source>No backup was found beside the database. Ask your support for help; do not delete the file.</source>
      <translation>数据库旁边没有找到备份。请联系技术支持，不要删除该文件。</translation>
    </message>
    <message>
      <source>The newest good backup was made on %1 and holds %2 case(s). Restore it? The damaged file is kept in the backups folder.</source>
      <translation>最近的完好备份制作于 %1，包含 %2 件案件。是否恢复？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
      <source>Restore the newest backup</source>
      <translation>恢复最近的备份</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>正在恢复备份…</translation>
    </message>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
  </context>
  <context>
    <name>DisputeTab</name>
    <message>
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
  </context>
  <context>
    <name>DivisionPicker</name>
    <message>
      <source>Banner / district</source>
      <translation>旗/区</translation>
    </message>
    <message>
      <source>Sumu / town / sub-district</source>
      <translation>苏木/镇/街道</translation>
    </message>
    <message>
      <source>Gacha / village / community</source>
      <translation>嘎查/村/社区</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <source>Documents are printed from what is recorded for the case. Choose one, then preview and print it or save it.</source>
      <translation>文书根据本案已登记的内容生成。请选择一份文书，预览打印或保存。</translation>
    </message>
    <message>
      <source>&amp;Preview and print…</source>
      <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Save as &amp;Word…</source>
      <translation>保存为 &amp;Word 文档…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>保存为 P&amp;DF…</translation>
    </message>
    <message>
      <source>Save the &amp;whole case file…</source>
      <translation>保存整卷文书(&amp;W)…</translation>
    </message>
    <message>
      <source>Also as PDF</source>
      <translation>同时保存 PDF</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Save document</source>
      <translation>保存文书</translation>
    </message>
    <message>
      <source>Save the case file into</source>
      <translation>将卷宗保存到</translation>
    </message>
  </context>
  <context>
    <name>DocumentsWorkflow</name>
    <message>
      <source>Document saved: %1</source>
      <translation>文书已保存：%1</translation>
    </message>
    <message numerus="yes">
      <source>%n document(s) of the case file saved in %1</source>
      <translation>
        <numerusform>已将卷宗中的 %n 份文书保存到 %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The case could not be found. Another user may have changed it.</source>
      <translation>找不到该案件，可能已被其他用户修改。</translation>
    </message>
    <message>
      <source>The database is busy. Please wait a moment and try again.</source>
      <translation>数据库正忙，请稍候再试。</translation>
    </message>
    <message>
      <source>The operation failed: %1</source>
      <translation>操作失败：%1</translation>
    </message>
  </context>
  <context>
    <name>ExpiredCaseModel</name>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Archived on</source>
      <translation>归档日期</translation>
    </message>
    <message>
      <source>Retention over since</source>
      <translation>保存期满日期</translation>
    </message>
  </context>
  <context>
    <name>ExtensionPage</name>
    <message>
      <source>Current time limit: {kind}, until {due}.</source>
      <translation>当前期限：{kind}，至{due}。</translation>
    </message>
    <message>
      <source>New time limit: {until}.</source>
      <translation>延长后期限：{until}。</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <source>Register a dispute</source>
      <translation>受理登记</translation>
    </message>
    <message>
      <source>Dispute</source>
      <translation>纠纷情况</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>How it came to us</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>申请方式</translation>
    </message>
    <message>
      <source>Written application</source>
      <translation>书面申请</translation>
    </message>
    <message>
      <source>Oral, recorded by us</source>
      <translation>口头申请（由调委会记录）</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>移送单位</translation>
    </message>
    <message>
      <source>Name of the court, police station or office</source>
      <translation>人民法院、派出所或其他单位的名称</translation>
    </message>
    <message>
      <source>Their reference no.</source>
      <translation>移送文号</translation>
    </message>
    <message>
      <source>Kind of dispute</source>
      <translation>纠纷类型</translation>
    </message>
    <message>
      <source>Where it happened</source>
      <translation>纠纷发生地</translation>
    </message>
    <message>
      <source>Place details</source>
      <translation>详细地点</translation>
    </message>
    <message>
      <source>Group, pasture, road or house number</source>
      <translation>村民小组（社）、草场、道路或门牌号</translation>
    </message>
    <message>
      <source>Amount in dispute</source>
      <translation>争议金额</translation>
    </message>
    <message>
      <source>e.g. 12000</source>
      <translation>如 12000</translation>
    </message>
    <message>
      <source>yuan (leave empty if none)</source>
      <translation>元（无则不填）</translation>
    </message>
    <message>
      <source>People involved</source>
      <translation>涉及人数</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>Brief facts of the dispute</source>
      <translation>纠纷简要情况</translation>
    </message>
    <message>
      <source>What happened, between whom, since when</source>
      <translation>纠纷发生的时间、双方当事人和主要经过</translation>
    </message>
    <message>
      <source>What the parties ask for</source>
      <translation>当事人申请事项</translation>
    </message>
    <message>
      <source>One request per line</source>
      <translation>每行填写一项请求</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>当事人</translation>
    </message>
    <message>
      <source>Add person</source>
      <translation>添加自然人</translation>
    </message>
    <message>
      <source>Add organisation</source>
      <translation>添加单位</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Remove party</source>
      <translation>删除当事人</translation>
    </message>
    <message>
      <source>Mediators</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>Tick the mediators who will handle this dispute. The first one ticked leads the mediation.</source>
      <translation>请勾选承办本纠纷的调解员。最先勾选的调解员为调解主持人。</translation>
    </message>
    <message>
      <source>The mediators were</source>
      <translation>调解员产生方式</translation>
    </message>
    <message>
      <source>Assigned by the committee</source>
      <translation>委员会指定</translation>
    </message>
    <message>
      <source>Chosen by the parties</source>
      <translation>当事人选定</translation>
    </message>
    <message>
      <source>Case {case_no}</source>
      <translation>案件 {case_no}</translation>
    </message>
    <message>
      <source>%1 (read only)</source>
      <translation>%1（只读）</translation>
    </message>
    <message>
      <source>Discard the changes?</source>
      <translation>放弃修改？</translation>
    </message>
    <message>
      <source>What you entered has not been saved. Discard the changes?</source>
      <translation>填写的内容尚未保存。确定放弃吗？</translation>
    </message>
    <message>
      <source>Save anyway</source>
      <translation>仍然保存</translation>
    </message>
  </context>
  <context>
    <name>InvestigationEditor</name>
    <message>
      <source>Investigation records</source>
      <translation>调查记录</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>时间(&amp;T)</translation>
    </message>
    <message>
      <source>yyyy-MM-dd HH:mm</source>
      <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>地点(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Investigated by</source>
      <translation>调查人(&amp;I)</translation>
    </message>
    <message>
      <source>Names, separated by 、</source>
      <translation>多人用“、”分隔</translation>
    </message>
    <message>
      <source>&amp;Person investigated</source>
      <translation>被调查人(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Others present</source>
      <translation>在场人(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Record</source>
      <translation>调查内容(&amp;R)</translation>
    </message>
    <message>
      <source>Questions and answers, what was seen</source>
      <translation>问答内容、现场所见</translation>
    </message>
    <message>
      <source>&amp;Evidence</source>
      <translation>证据材料(&amp;E)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>证据名称</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Scan or photo file</source>
      <translation>扫描件或照片文件</translation>
    </message>
    <message>
      <source>Add evidence</source>
      <translation>添加证据</translation>
    </message>
    <message>
      <source>Remove evidence</source>
      <translation>删除证据</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
  </context>
  <context>
    <name>IssueSummary</name>
    <message numerus="yes">
      <source>Please correct the %n item(s) marked in red before saving.</source>
      <translation>
        <numerusform>有 %n 处标红的内容需要改正，改正后才能保存。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Please check the %n item(s) marked in orange. If they are right, press “Save anyway”.</source>
      <translation>
        <numerusform>请核对 %n 处标为橙色的内容。如确认无误，请点击“仍然保存”。</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not save: {message}</source>
      <translation>保存失败：{message}</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>tab title (number of problems)</comment>
      <translation>%1（%2）</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Party application</source>
      <translation>当事人申请</translation>
    </message>
    <message>
      <source>Proactive mediation (screening)</source>
      <translation>主动调解（排查发现）</translation>
    </message>
    <message>
      <source>Referred by a court</source>
      <translation>法院委派/移送</translation>
    </message>
    <message>
      <source>Referred by the police</source>
      <translation>公安机关移送</translation>
    </message>
    <message>
      <source>Referred by the petition office</source>
      <translation>信访部门移送</translation>
    </message>
    <message>
      <source>Referred by another body</source>
      <translation>其他单位移送</translation>
    </message>
    <message>
      <source>Written application</source>
      <translation>书面申请</translation>
    </message>
    <message>
      <source>Oral application</source>
      <translation>口头申请</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>In mediation</source>
      <translation>调解中</translation>
    </message>
    <message>
      <source>Diverted</source>
      <translation>已分流</translation>
    </message>
    <message>
      <source>Agreement reached</source>
      <translation>已达成协议</translation>
    </message>
    <message>
      <source>Mediation terminated</source>
      <translation>终止调解</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回访中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <source>Respondent</source>
      <translation>被申请人</translation>
    </message>
    <message>
      <source>Third party</source>
      <translation>第三人</translation>
    </message>
    <message>
      <source>Natural person</source>
      <translation>自然人</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <source>Basic-level legal service worker</source>
      <translation>基层法律服务工作者</translation>
    </message>
    <message>
      <source>Close relative</source>
      <translation>近亲属</translation>
    </message>
    <message>
      <source>Employee of the party</source>
      <translation>当事人的工作人员</translation>
    </message>
    <message>
      <source>Citizen recommended by a community or body</source>
      <translation>社区、单位或有关社会团体推荐的公民</translation>
    </message>
    <message>
      <source>Chosen by the parties</source>
      <translation>当事人选定</translation>
    </message>
    <message>
      <source>Assigned by the committee</source>
      <translation>委员会指定</translation>
    </message>
    <message>
      <source>Committee member</source>
      <translation>委员</translation>
    </message>
    <message>
      <source>Engaged mediator</source>
      <translation>聘任调解员</translation>
    </message>
    <message>
      <source>Mediation time limit</source>
      <translation>调解期限</translation>
    </message>
    <message>
      <source>Medical dispute: 30 working days</source>
      <translation>医疗纠纷：30个工作日</translation>
    </message>
    <message>
      <source>Labour dispute: 15 days</source>
      <translation>劳动争议：15日</translation>
    </message>
    <message>
      <source>Court-delegated mediation</source>
      <translation>委派调解</translation>
    </message>
    <message>
      <source>Performance of the agreement</source>
      <translation>协议履行</translation>
    </message>
    <message>
      <source>Follow-up visit</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Judicial confirmation window</source>
      <translation>司法确认申请期限</translation>
    </message>
    <message>
      <source>Feedback on the referral</source>
      <translation>分流反馈</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>未到期</translation>
    </message>
    <message>
      <source>Mediation failed</source>
      <translation>调解不成</translation>
    </message>
    <message>
      <source>Withdrawn by the applicant</source>
      <translation>申请人撤回申请</translation>
    </message>
    <message>
      <source>A party refused to go on</source>
      <translation>当事人拒绝继续调解</translation>
    </message>
    <message>
      <source>Awaiting a report</source>
      <translation>等待反馈</translation>
    </message>
    <message>
      <source>Taken up by the receiving body</source>
      <translation>接收单位已受理</translation>
    </message>
    <message>
      <source>Concluded by the receiving body</source>
      <translation>接收单位已办结</translation>
    </message>
    <message>
      <source>Sent back to this committee</source>
      <translation>已退回本委员会</translation>
    </message>
    <message>
      <source>In writing</source>
      <translation>书面</translation>
    </message>
    <message>
      <source>Orally</source>
      <translation>口头</translation>
    </message>
    <message>
      <source>Written agreement</source>
      <translation>书面协议</translation>
    </message>
    <message>
      <source>Oral agreement</source>
      <translation>口头协议</translation>
    </message>
    <message>
      <source>Public mediation</source>
      <translation>公开调解</translation>
    </message>
    <message>
      <source>Non-public mediation</source>
      <translation>不公开调解</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>上门回访</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>电话回访</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>尚未到期</translation>
    </message>
    <message>
      <source>Fully performed</source>
      <translation>已全部履行</translation>
    </message>
    <message>
      <source>Threat of violence</source>
      <translation>有暴力威胁</translation>
    </message>
    <message>
      <source>Threat of self-harm</source>
      <translation>有自伤、自杀倾向</translation>
    </message>
    <message>
      <source>Many people involved</source>
      <translation>涉及人数众多</translation>
    </message>
    <message>
      <source>Large amount at stake</source>
      <translation>涉及金额较大</translation>
    </message>
    <message>
      <source>Repeat dispute</source>
      <translation>重复纠纷</translation>
    </message>
    <message>
      <source>Risk of turning into a criminal case</source>
      <translation>有民转刑风险</translation>
    </message>
    <message>
      <source>Group petition or fight likely</source>
      <translation>有群体性上访或械斗倾向</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>当面</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>The parties have an arbitration agreement</source>
      <translation>当事人之间订有仲裁协议</translation>
    </message>
    <message>
      <source>There is an administrative act to contest</source>
      <translation>存在有争议的行政行为</translation>
    </message>
    <message>
      <source>The mediation agreement has taken effect</source>
      <translation>调解协议已生效</translation>
    </message>
    <message>
      <source>Both parties apply together</source>
      <translation>双方当事人共同申请</translation>
    </message>
    <message>
      <source>Not yet due or not reported</source>
      <translation>未到期或未反馈</translation>
    </message>
    <message>
      <source>Performed</source>
      <translation>已履行</translation>
    </message>
    <message>
      <source>Partly performed</source>
      <translation>部分履行</translation>
    </message>
    <message>
      <source>Not performed</source>
      <translation>未履行</translation>
    </message>
    <message>
      <source>Awaiting the court's ruling</source>
      <translation>等待法院裁定</translation>
    </message>
    <message>
      <source>Confirmed as valid</source>
      <translation>裁定确认有效</translation>
    </message>
    <message>
      <source>Application rejected</source>
      <translation>裁定驳回申请</translation>
    </message>
    <message>
      <source>Application withdrawn</source>
      <translation>已撤回申请</translation>
    </message>
  </context>
  <context>
    <name>Lifecycle</name>
    <message>
      <source>Record the decision to accept the dispute first.</source>
      <translation>请先登记受理决定。</translation>
    </message>
    <message>
      <source>A written agreement takes effect when all parties have signed it and it is sealed — enter that date.</source>
      <translation>书面调解协议自各方当事人签字、盖章之日起生效，请填写该日期。</translation>
    </message>
    <message>
      <source>Record the agreement first.</source>
      <translation>请先登记调解协议。</translation>
    </message>
    <message>
      <source>The agreement cannot be signed before it was reached.</source>
      <translation>签字盖章日期不能早于协议达成日期。</translation>
    </message>
    <message>
      <source>A party asked for a written agreement — record a written one.</source>
      <translation>有当事人要求制作书面调解协议，请登记为书面协议。</translation>
    </message>
    <message>
      <source>Disputes of this type need a written agreement (协议书).</source>
      <translation>此类纠纷应当制作书面调解协议书。</translation>
    </message>
    <message>
      <source>The parties' consent to proactive mediation has not been recorded — please check.</source>
      <translation>尚未登记当事人同意主动调解的情况，请核对。</translation>
    </message>
    <message>
      <source>Enter the court's case number of the referral.</source>
      <translation>请填写人民法院委派调解的案号。</translation>
    </message>
    <message>
      <source>Report the result to the referring court before closing the case.</source>
      <translation>结案前请将调解结果报告委派调解的人民法院。</translation>
    </message>
    <message>
      <source>This committee cannot be the channel the parties are sent to.</source>
      <translation>不能将本委员会作为告知当事人的解决途径。</translation>
    </message>
    <message>
      <source>Tick the competent body or channel the parties were told about.</source>
      <translation>请勾选已告知当事人的有权处理机关或途径。</translation>
    </message>
    <message>
      <source>This channel is not in the list — please choose one from the list.</source>
      <translation>该渠道不在列表中，请从列表中选择。</translation>
    </message>
    <message>
      <source>An accepted dispute has no reason for declining — please clear it.</source>
      <translation>已受理的纠纷不填写不予受理理由，请清空此项。</translation>
    </message>
    <message>
      <source>Choose why the dispute is declined.</source>
      <translation>请选择不予受理的理由。</translation>
    </message>
    <message>
      <source>This reason is not in the list — please choose one from the list.</source>
      <translation>该理由不在列表中，请从列表中选择。</translation>
    </message>
    <message>
      <source>Record which party refused mediation and when.</source>
      <translation>请登记拒绝调解的当事人及拒绝日期。</translation>
    </message>
    <message>
      <source>Record the decision to decline the dispute first.</source>
      <translation>请先登记不予受理决定。</translation>
    </message>
    <message>
      <source>Choose where the dispute is sent.</source>
      <translation>请选择分流渠道。</translation>
    </message>
    <message>
      <source>The feedback cannot be earlier than the diversion.</source>
      <translation>反馈日期不能早于分流日期。</translation>
    </message>
    <message>
      <source>Enter the date of the receiving body's report.</source>
      <translation>请填写接收单位的反馈日期。</translation>
    </message>
    <message>
      <source>The receiving body has not reported that it concluded the dispute — record its feedback first.</source>
      <translation>接收单位尚未反馈已办结，请先登记其反馈情况。</translation>
    </message>
    <message>
      <source>This channel needs a condition that is not confirmed: {need}.</source>
      <translation>该渠道须具备的条件尚未确认：{need}。</translation>
    </message>
    <message>
      <source>The receiving body has not sent the dispute back to this committee.</source>
      <translation>接收单位尚未将纠纷退回本委员会。</translation>
    </message>
    <message>
      <source>Record the diversion first.</source>
      <translation>请先登记分流情况。</translation>
    </message>
    <message>
      <source>A dispute cannot be diverted to this committee itself.</source>
      <translation>不能将纠纷分流至本委员会。</translation>
    </message>
    <message>
      <source>Not all time limits of this channel were told to the parties.</source>
      <translation>该渠道的有关期限尚未全部告知当事人。</translation>
    </message>
    <message>
      <source>This time limit is not in the list: {warning}.</source>
      <translation>该期限不在列表中：{warning}。</translation>
    </message>
    <message>
      <source>Violence or a crime is feared, but the police station was not informed.</source>
      <translation>纠纷有引发暴力或违法犯罪的可能，但尚未向派出所报告。</translation>
    </message>
    <message>
      <source>Tick whom the report was made to.</source>
      <translation>请勾选上报单位。</translation>
    </message>
    <message>
      <source>The time of the report is incomplete — please enter it again.</source>
      <translation>上报时间不完整，请重新填写。</translation>
    </message>
    <message>
      <source>The extension was agreed after the time limit ended on {due}.</source>
      <translation>延期是在期限届满（{due}）之后才商定的。</translation>
    </message>
    <message>
      <source>An extension needs the consent of both parties.</source>
      <translation>延期须经双方当事人同意。</translation>
    </message>
    <message>
      <source>This time limit cannot be extended.</source>
      <translation>该期限不能延期。</translation>
    </message>
    <message>
      <source>The new date must be later than the current one ({due}).</source>
      <translation>新的到期日必须晚于当前到期日（{due}）。</translation>
    </message>
    <message>
      <source>Record at least one follow-up visit before closing the case.</source>
      <translation>结案前请至少登记一次回访。</translation>
    </message>
    <message>
      <source>The recorded history of this case is inconsistent.</source>
      <translation>本案件的办理记录前后不一致。</translation>
    </message>
    <message>
      <source>Mediator {mediator_name} is recorded as related to the party {party} ({relation}) — the parties may ask for another mediator.</source>
      <translation>调解员{mediator_name}登记为当事人{party}的亲属（{relation}），当事人可以申请回避。</translation>
    </message>
    <message>
      <source>Tick who was given the notice.</source>
      <translation>请勾选已告知的当事人。</translation>
    </message>
    <message>
      <source>The agreement was not fully performed: record that the parties were told they can go to court.</source>
      <translation>调解协议未完全履行：请登记已告知当事人可以依法向人民法院提起诉讼。</translation>
    </message>
    <message>
      <source>The agreement has not been performed yet — start the follow-up instead.</source>
      <translation>调解协议尚未履行完毕，请转入回访。</translation>
    </message>
    <message>
      <source>Record whether the agreement was performed before closing the case.</source>
      <translation>结案前请登记调解协议的履行情况。</translation>
    </message>
    <message>
      <source>Whether the parties want public or non-public mediation is not recorded.</source>
      <translation>尚未登记当事人要求公开调解还是不公开调解。</translation>
    </message>
    <message>
      <source>A party objects to public mediation.</source>
      <translation>有当事人不同意公开调解。</translation>
    </message>
    <message>
      <source>The dispute involves privacy or trade secrets: mediation cannot be public.</source>
      <translation>纠纷涉及个人隐私或商业秘密，不得公开调解。</translation>
    </message>
    <message>
      <source>A mediator the parties asked to replace is still assigned.</source>
      <translation>当事人要求更换的调解员仍在承办本案。</translation>
    </message>
    <message>
      <source>This mediator is not assigned to the case.</source>
      <translation>该调解员未被指派办理本案。</translation>
    </message>
    <message>
      <source>A request to replace a mediator has not been dealt with yet.</source>
      <translation>当事人更换调解员的要求尚未处理。</translation>
    </message>
    <message>
      <source>The mediator cannot be replaced before the request was made.</source>
      <translation>更换调解员的日期不能早于提出更换要求的日期。</translation>
    </message>
    <message>
      <source>Enter the date the mediator was replaced.</source>
      <translation>请填写更换调解员的日期。</translation>
    </message>
    <message>
      <source>Choose an active mediator who is not yet assigned to the case.</source>
      <translation>请选择一名在职且尚未指派办理本案的调解员。</translation>
    </message>
    <message>
      <source>The replacement must be a different mediator.</source>
      <translation>更换后的调解员不能与原调解员相同。</translation>
    </message>
    <message>
      <source>The result has not been reported to the referring body.</source>
      <translation>尚未将调解结果反馈移送单位。</translation>
    </message>
    <message>
      <source>{party} already appears in earlier cases: {cases}.</source>
      <translation>{party}在以往案件中出现过：{cases}。</translation>
    </message>
    <message>
      <source>{party} refused mediation on {date}: mediation cannot go on (art 17).</source>
      <translation>{party}已于{date}明确拒绝调解，不得继续调解（第十七条）。</translation>
    </message>
    <message>
      <source>Mediating again after an agreement needs both parties' consent.</source>
      <translation>达成协议后重新调解，须经双方当事人同意。</translation>
    </message>
    <message>
      <source>{party} has not been given the rights-and-duties notice.</source>
      <translation>尚未向{party}告知权利义务。</translation>
    </message>
    <message>
      <source>Record the rights-and-duties notice before mediation starts.</source>
      <translation>开始调解前，请先登记权利义务告知情况。</translation>
    </message>
    <message>
      <source>This level is lower than what the case's facts suggest.</source>
      <translation>所选等级低于根据案情应评定的风险等级。</translation>
    </message>
    <message>
      <source>This risk level must be reported (art 25): fill in to whom, when, how and what was done.</source>
      <translation>此风险等级须上报（第二十五条）：请填写上报单位、时间、方式和处置措施。</translation>
    </message>
    <message>
      <source>This risk level is not in the list — please choose one from the list.</source>
      <translation>该风险等级不在列表中，请从列表中选择。</translation>
    </message>
    <message>
      <source>Tick the other ways to resolve the dispute that were explained to the parties (art 26).</source>
      <translation>请勾选已告知当事人的其他解决途径（第二十六条）。</translation>
    </message>
    <message>
      <source>Mediation cannot end this way at this stage.</source>
      <translation>当前阶段不能以此方式终止调解。</translation>
    </message>
    <message>
      <source>Record which party refused to go on and when.</source>
      <translation>请登记拒绝继续调解的当事人及拒绝日期。</translation>
    </message>
    <message>
      <source>Record how mediation ended first.</source>
      <translation>请先登记调解终止情况。</translation>
    </message>
    <message>
      <source>This step is dated before the previous one — please check the date.</source>
      <translation>此环节的日期早于上一环节，请核对日期。</translation>
    </message>
    <message>
      <source>This step is not possible for the case now. Another user may have changed it.</source>
      <translation>该案件当前不能办理此环节，可能已被其他用户修改。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Mediation Desk</source>
      <translation>调解台</translation>
    </message>
    <message>
      <source>Case &amp;progress…</source>
      <translation>案件进展(&amp;P)…</translation>
    </message>
    <message>
      <source>Accept, divert, record an agreement or close the selected case</source>
      <translation>对所选案件办理受理、分流、登记调解协议或结案</translation>
    </message>
    <message>
      <source>&amp;Records and agreement…</source>
      <translation>调解记录与协议(&amp;R)…</translation>
    </message>
    <message>
      <source>Investigation and session records, the agreement and judicial confirmation of the selected case</source>
      <translation>所选案件的调查记录、调解记录、调解协议和司法确认</translation>
    </message>
    <message>
      <source>&amp;Register a dispute…</source>
      <translation>登记纠纷(&amp;R)…</translation>
    </message>
    <message>
      <source>Register a new dispute (受理登记)</source>
      <translation>新建纠纷受理登记</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>今日待办(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>Reload today's worklist</source>
      <translation>重新加载今日待办</translation>
    </message>
    <message>
      <source>&amp;All cases</source>
      <translation>全部案件(&amp;A)</translation>
    </message>
    <message>
      <source>Search: case number, party name, ID number, facts…</source>
      <translation>搜索：案号、当事人姓名、身份证号码、纠纷情况…</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>状态(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>纠纷类型(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>年份(&amp;Y)</translation>
    </message>
    <message>
      <source>&amp;Mediator</source>
      <translation>调解员(&amp;M)</translation>
    </message>
    <message>
      <source>No cases yet. Click "Register a dispute…" to record the first one.</source>
      <translation>还没有案件。点击“登记纠纷…”登记第一件纠纷。</translation>
    </message>
    <message>
      <source>&amp;Cases</source>
      <translation>案件(&amp;C)</translation>
    </message>
    <message>
      <source>C&amp;ommittee</source>
      <translation>委员会(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>数据(&amp;D)</translation>
    </message>
    <message>
      <source>A&amp;ccount</source>
      <translation>账户(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Open selected case</source>
      <translation>打开所选案件(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>Committee and &amp;mediators…</source>
      <translation>委员会和调解员(&amp;M)…</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
      <source>Make a checked copy of the database in the backups folder</source>
      <translation>在备份文件夹中制作一份经过检查的数据库副本</translation>
    </message>
    <message>
      <source>Back up to a &amp;folder…</source>
      <translation>备份到文件夹(&amp;F)…</translation>
    </message>
    <message>
      <source>Make a checked copy of the database in a folder you choose, for example on a USB stick</source>
      <translation>在您选择的文件夹（例如U盘）中制作一份经过检查的数据库副本</translation>
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
      <source>Change &amp;log…</source>
      <translation>修改记录(&amp;L)…</translation>
    </message>
    <message>
      <source>Who changed or viewed what, and when; the log's integrity is checked</source>
      <translation>谁在何时修改或查看了哪些内容；并校验记录是否完整</translation>
    </message>
    <message>
      <source>&amp;Expired archived cases…</source>
      <translation>超过保管期限的归档案件(&amp;E)…</translation>
    </message>
    <message>
      <source>Archived cases kept longer than the retention setting, to delete for good</source>
      <translation>保管时间已超过设定期限的归档案件，可永久删除</translation>
    </message>
    <message>
      <source>&amp;User accounts…</source>
      <translation>用户账户(&amp;U)…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>Change my &amp;password…</source>
      <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Lock now</source>
      <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
      <source>Sign &amp;out / switch user…</source>
      <translation>退出登录 / 切换用户(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;About Mediation Desk</source>
      <translation>关于调解台(&amp;A)</translation>
    </message>
    <message>
      <source>Signed in: %1 (%2)</source>
      <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
      <source>Loading today's worklist…</source>
      <translation>正在加载今日待办…</translation>
    </message>
    <message>
      <source>The worklist could not be loaded. %1</source>
      <translation>今日待办无法加载。%1</translation>
    </message>
    <message>
      <source>Nothing due today.</source>
      <translation>今日没有待办事项。</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s): %1 overdue, %2 due soon</source>
      <translation>
        <numerusform>共 %n 项：逾期 %1 项，即将到期 %2 项</numerusform>
      </translation>
    </message>
    <message>
      <source>Mediation Desk — %1</source>
      <translation>调解台 — %1</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>共 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <source>Select a case in the list first.</source>
      <translation>请先在列表中选择案件。</translation>
    </message>
  </context>
  <context>
    <name>MediatorDialog</name>
    <message>
      <source>Mediator</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>姓名(&amp;N)</translation>
    </message>
    <message>
      <source>As on the identity card, in Chinese or Mongolian script</source>
      <translation>与身份证一致，可用汉文或蒙古文填写</translation>
    </message>
    <message>
      <source>&amp;Gender</source>
      <translation>性别(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Ethnicity</source>
      <translation>民族(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
      <source>Mobile or landline with area code, e.g. 0477-8581234</source>
      <translation>手机号码或带区号的固定电话，如0477-8581234</translation>
    </message>
    <message>
      <source>&amp;Works in</source>
      <translation>工作语言(&amp;W)</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>汉语</translation>
    </message>
    <message>
      <source>Mongolian</source>
      <translation>蒙古语</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>身份(&amp;R)</translation>
    </message>
    <message>
      <source>Committee members are elected by the village assembly; engaged mediators are invited by the committee (People's Mediation Law, art. 13).</source>
      <translation>委员由村（居）民会议推选产生；聘任调解员由人民调解委员会聘任（《人民调解法》第十三条）。</translation>
    </message>
    <message>
      <source>&amp;Active — can be assigned to new cases</source>
      <translation>在任，可承办新案件(&amp;A)</translation>
    </message>
    <message>
      <source>Relatives (a case with one of them as a party shows a warning)</source>
      <translation>亲属（案件当事人为其亲属时将提示）</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>ID number (optional)</source>
      <translation>身份证号（可不填）</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Add a &amp;relative</source>
      <translation>添加亲属(&amp;R)</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>删除(&amp;V)</translation>
    </message>
    <message>
      <source>Add a mediator</source>
      <translation>添加调解员</translation>
    </message>
    <message>
      <source>Edit the mediator</source>
      <translation>修改调解员信息</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>OK anyway</source>
      <translation>仍然确定</translation>
    </message>
    <message>
      <source>No mediators are listed yet. Every case needs one: add the committee's members here.</source>
      <translation>尚未添加调解员。每件案件都需要调解员承办，请在这里添加本委员会的委员。</translation>
    </message>
    <message>
      <source>Reminder: the People's Mediation Law (art. 9) asks for women among the committee members and, in a multi-ethnic area like ours, members of minority nationalities. Neither is listed yet. You can still save.</source>
      <translation>提示：《人民调解法》第九条规定，人民调解委员会应当有妇女成员，多民族居住的地区应当有人数较少民族的成员。目前委员中尚无妇女成员和少数民族成员。仍可保存。</translation>
    </message>
    <message>
      <source>Reminder: the People's Mediation Law (art. 9) asks for women among the committee members. No woman member is listed yet. You can still save.</source>
      <translation>提示：《人民调解法》第九条规定，人民调解委员会应当有妇女成员。目前委员中尚无妇女成员。仍可保存。</translation>
    </message>
    <message>
      <source>Reminder: the People's Mediation Law (art. 9) asks for members of minority nationalities in a multi-ethnic area like ours. None is listed among the committee members yet. You can still save.</source>
      <translation>提示：《人民调解法》第九条规定，多民族居住地区的人民调解委员会应当有人数较少民族的成员。目前委员中尚无少数民族成员。仍可保存。</translation>
    </message>
  </context>
  <context>
    <name>MediatorList</name>
    <message>
      <source>{name}: {problem} Please edit this mediator.</source>
      <translation>{name}：{problem}请修改该调解员的信息。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>MediatorsPanel</name>
    <message>
      <source>(a mediator no longer on the list)</source>
      <translation>（已不在名单中的调解员）</translation>
    </message>
    <message>
      <source>speaks Mongolian</source>
      <translation>会蒙古语</translation>
    </message>
    <message>
      <source>no longer active</source>
      <translation>已离任</translation>
    </message>
    <message>
      <source>, </source>
      <comment>between the details of a mediator</comment>
      <translation>，</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>mediator name, details</comment>
      <translation>%1（%2）</translation>
    </message>
  </context>
  <context>
    <name>PartiesPanel</name>
    <message>
      <source>(name not entered yet)</source>
      <translation>（尚未填写姓名）</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <comment>party role: name</comment>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Something needs checking here</source>
      <translation>此处有内容需要核对</translation>
    </message>
    <message>
      <source>Remove party</source>
      <translation>删除当事人</translation>
    </message>
    <message>
      <source>Remove “{name}” and everything entered for them?</source>
      <translation>确定删除“{name}”及其已填写的全部信息吗？</translation>
    </message>
  </context>
  <context>
    <name>PartyEditor</name>
    <message>
      <source>Role in the dispute</source>
      <translation>当事人身份</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>ID card number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <source>18 characters; date of birth and gender are filled from it</source>
      <translation>18位，填写后自动带出出生日期和性别</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Mobile or landline with area code, e.g. 0477-8581234</source>
      <translation>手机号码或带区号的固定电话，如0477-8581234</translation>
    </message>
    <message>
      <source>Occupation or position</source>
      <translation>职业或职务</translation>
    </message>
    <message>
      <source>Address or workplace</source>
      <translation>住址或工作单位</translation>
    </message>
    <message>
      <source>Name of the organisation</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <source>18 characters, as on the business licence</source>
      <translation>18位，与营业执照或登记证书一致</translation>
    </message>
    <message>
      <source>Legal representative</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <source>Their position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>e.g. manager, director, village committee head</source>
      <translation>如：经理、董事长、村委会主任</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Agents</source>
      <translation>代理人</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Scope of authority</source>
      <translation>代理权限</translation>
    </message>
    <message>
      <source>Add agent…</source>
      <translation>添加代理人…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Agent {number}: {message}</source>
      <translation>第{number}名代理人：{message}</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Again:</source>
      <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Encrypt the backup?</source>
      <translation>加密备份？</translation>
    </message>
    <message>
      <source>A backup that leaves this computer (a USB stick) can be encrypted with a passphrase of at least %1 characters. Without the passphrase nobody can read it — nor restore it: keep the passphrase somewhere safe. Leave both fields empty for a backup without encryption.</source>
      <translation>要带离本机的备份（例如U盘）可以用至少 %1 个字符的密码短语加密。没有密码短语，任何人都无法读取——也无法恢复这个备份：请妥善保管密码短语。两栏都留空则不加密。</translation>
    </message>
    <message>
      <source>Encrypted backup</source>
      <translation>加密的备份</translation>
    </message>
    <message>
      <source>This backup is encrypted. Type the passphrase it was made with.</source>
      <translation>这个备份已加密。请输入制作时使用的密码短语。</translation>
    </message>
    <message>
      <source>Type the passphrase.</source>
      <translation>请输入密码短语。</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
      <source>The passphrase needs at least %1 characters.</source>
      <translation>密码短语至少需要 %1 个字符。</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>打印预览：{title}</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ProgressExtensionPage</name>
    <message>
      <source>Agreed &amp;on</source>
      <translation>同意日期(&amp;O)</translation>
    </message>
    <message>
      <source>Mediation goes on &amp;until</source>
      <translation>继续调解至(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Both parties agree to go on mediating</source>
      <translation>双方当事人均同意继续调解(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>备注(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>ProgressFollowUpPage</name>
    <message>
      <source>Visited &amp;on</source>
      <translation>回访日期(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Way</source>
      <translation>回访方式(&amp;W)</translation>
    </message>
    <message>
      <source>Persons &amp;visited</source>
      <translation>回访对象(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Performance</source>
      <translation>履行情况(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Attitude changes</source>
      <translation>态度变化(&amp;A)</translation>
    </message>
    <message>
      <source>New &amp;risks</source>
      <translation>新的隐患(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Measures taken</source>
      <translation>采取的措施(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Channels explained</source>
      <translation>已告知的途径(&amp;C)</translation>
    </message>
    <message>
      <source>Not fully performed: a dispute over performance can go to court (art 32). Tick what was explained.</source>
      <translation>协议未全部履行：就履行发生争议的，当事人可以向人民法院提起诉讼（第三十二条）。请勾选已告知的途径。</translation>
    </message>
  </context>
  <context>
    <name>ProgressPublicityPage</name>
    <message>
      <source>&amp;Mediation</source>
      <translation>调解方式(&amp;M)</translation>
    </message>
    <message>
      <source>Requested b&amp;y</source>
      <translation>提出人(&amp;Y)</translation>
    </message>
    <message>
      <source>Recorded &amp;on</source>
      <translation>记录日期(&amp;O)</translation>
    </message>
    <message>
      <source>Involves personal &amp;privacy or trade secrets</source>
      <translation>涉及个人隐私或商业秘密(&amp;P)</translation>
    </message>
    <message>
      <source>Parties &amp;objecting to a public session</source>
      <translation>反对公开调解的当事人(&amp;O)</translation>
    </message>
  </context>
  <context>
    <name>ProgressRecusalPage</name>
    <message>
      <source>A party may ask for an assigned mediator to be replaced (回避). Mediation cannot start while the request is open.</source>
      <translation>当事人可以申请更换已指派的调解员（回避）。申请未处理前不能开始调解。</translation>
    </message>
    <message>
      <source>&amp;Mediator</source>
      <translation>调解员(&amp;M)</translation>
    </message>
    <message>
      <source>Requested b&amp;y</source>
      <translation>提出人(&amp;Y)</translation>
    </message>
    <message>
      <source>Requested &amp;on</source>
      <translation>申请日期(&amp;O)</translation>
    </message>
    <message>
      <source>Rea&amp;son</source>
      <translation>理由(&amp;S)</translation>
    </message>
    <message>
      <source>The committee has named the &amp;replacement</source>
      <translation>调解委员会已指定替换的调解员(&amp;R)</translation>
    </message>
    <message>
      <source>Re&amp;placement</source>
      <translation>替换调解员(&amp;P)</translation>
    </message>
    <message>
      <source>Replaced o&amp;n</source>
      <translation>更换日期(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>RecordListPage</name>
    <message>
      <source>Row %1: %2</source>
      <translation>第%1行：%2</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <source>The record shown has unsaved changes. Discard them?</source>
      <translation>当前记录有未保存的修改。确定放弃吗？</translation>
    </message>
    <message>
      <source>Delete record</source>
      <translation>删除记录</translation>
    </message>
    <message>
      <source>Delete this record? This cannot be undone.</source>
      <translation>确定删除这条记录吗？删除后无法恢复。</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>An agreement can be drafted only while the case is being mediated.</source>
      <translation>只有在调解过程中才能起草调解协议。</translation>
    </message>
    <message>
      <source>An oral agreement is not signed; it takes effect when it is reached.</source>
      <translation>口头协议无需签字，自达成之日起生效。</translation>
    </message>
    <message>
      <source>The agreement has no term number {number}.</source>
      <translation>协议中没有第{number}项条款。</translation>
    </message>
    <message>
      <source>Add at least one term: who performs what, and by when.</source>
      <translation>请至少添加一项协议条款：由谁、履行什么、何时履行。</translation>
    </message>
    <message>
      <source>Judicial confirmation needs an agreement in effect — record the signing date first.</source>
      <translation>申请司法确认需要已生效的协议——请先登记签署日期。</translation>
    </message>
    <message>
      <source>The application cannot be made before the agreement took effect.</source>
      <translation>申请日期不能早于协议生效日期。</translation>
    </message>
    <message>
      <source>The application was made more than 30 days after the agreement took effect (art. 33): the court may not accept it.</source>
      <translation>申请日期距协议生效已超过三十日（《人民调解法》第三十三条），法院可能不予受理。</translation>
    </message>
    <message>
      <source>The ruling cannot be dated before the application.</source>
      <translation>裁定日期不能早于申请日期。</translation>
    </message>
    <message>
      <source>Enter the date of the court's ruling.</source>
      <translation>请填写法院的裁定日期。</translation>
    </message>
    <message>
      <source>This case is declined or archived: its records can no longer be changed.</source>
      <translation>本案已不予受理或已归档，记录不能再修改。</translation>
    </message>
    <message>
      <source>Others may take part in a session only with the parties' consent (art. 20) — tick the consent box or remove them.</source>
      <translation>邀请其他人员参与调解须经当事人同意（《人民调解法》第二十条）——请勾选“当事人已同意”或删除受邀人员。</translation>
    </message>
    <message>
      <source>The deadline of a term cannot be before the agreement was reached.</source>
      <translation>条款的履行期限不能早于协议达成日期。</translation>
    </message>
    <message>
      <source>A term cannot be performed before the agreement was reached.</source>
      <translation>条款的履行日期不能早于协议达成日期。</translation>
    </message>
    <message>
      <source>A performance date needs the term marked as performed or partly performed.</source>
      <translation>填写履行日期时，请将该条款标为“已履行”或“部分履行”。</translation>
    </message>
  </context>
  <context>
    <name>RelativesTable</name>
    <message>
      <source>Relative {n}: {problem}</source>
      <translation>第{n}位亲属：{problem}</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Choose the backup to go back to. The current database is kept as a backup first, so a restore can be undone.</source>
      <translation>请选择要恢复的备份。恢复前会先把当前数据库另存为备份，因此恢复操作可以撤回。</translation>
    </message>
    <message>
      <source>Choose a backup &amp;file…</source>
      <translation>选择备份文件(&amp;F)…</translation>
    </message>
    <message>
      <source>Restore a backup kept elsewhere, for example on a USB stick</source>
      <translation>恢复保存在其他位置（例如U盘）的备份</translation>
    </message>
    <message>
      <source>&amp;Restore this backup…</source>
      <translation>恢复此备份(&amp;R)…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>There are no backups in the backups folder yet. You can choose a file.</source>
      <translation>备份文件夹中还没有备份。您可以选择一个备份文件。</translation>
    </message>
    <message>
      <source>%1 — %2: %3 case(s) of %4. File: %5</source>
      <translation>%1 — %2：%4的 %3 件案件。文件：%5</translation>
    </message>
    <message>
      <source>no committee yet</source>
      <translation>尚未设置调解委员会</translation>
    </message>
    <message>
      <source>Choose a backup file</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <source>Mediation Desk backups (*.sqlite3 *.mdenc);;All files (*)</source>
      <translation>调解台备份 (*.sqlite3 *.mdenc);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <source>Cases past their retention period</source>
      <translation>保存期满的案件</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>全选(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Delete the selected cases…</source>
      <translation>删除所选案件(&amp;D)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Archived cases are kept for %1 years (a setting of the committee). These cases were archived longer ago. Deleting them removes the case with all its records for good; the audit log keeps only the case number, the number of parties and the archive date. Backups made earlier still hold them until they are rotated.</source>
      <translation>已归档案件保存 %1 年（调解委员会的设置）。以下案件的归档时间已超过这一期限。删除后，案件及其全部记录将永久清除；审计日志只保留案号、当事人人数和归档日期。此前制作的备份在轮换删除之前仍包含这些案件。</translation>
    </message>
    <message>
      <source>No archived case is past its retention period.</source>
      <translation>没有保存期满的已归档案件。</translation>
    </message>
  </context>
  <context>
    <name>RetentionWorkflow</name>
    <message>
      <source>Delete cases for good?</source>
      <translation>永久删除案件？</translation>
    </message>
    <message numerus="yes">
      <source>Delete %n archived case(s) with all their parties and records? This cannot be undone.</source>
      <translation>
        <numerusform>删除 %n 件已归档案件及其全部当事人和记录？此操作无法撤销。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n case(s)</source>
      <translation>
        <numerusform>删除 %n 件案件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) deleted; the audit log records each deletion.</source>
      <translation>
        <numerusform>已删除 %n 件案件；审计日志记录了每一次删除。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SensitiveFields</name>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Show the full ID and phone numbers (the viewing is logged)</source>
      <translation>显示完整的身份证号和电话号码（查看会记入日志）</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <source>Mediation sessions</source>
      <translation>调解记录</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>时间(&amp;T)</translation>
    </message>
    <message>
      <source>yyyy-MM-dd HH:mm</source>
      <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>地点(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Mediators</source>
      <translation>调解员(&amp;M)</translation>
    </message>
    <message>
      <source>Names, separated by 、</source>
      <translation>多人用“、”分隔</translation>
    </message>
    <message>
      <source>Parties &amp;present</source>
      <translation>到场当事人(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Invited to help</source>
      <translation>邀请参与人员(&amp;I)</translation>
    </message>
    <message>
      <source>Relatives, neighbours, experts … (art. 20)</source>
      <translation>亲属、邻里、专业人员等（第二十条）</translation>
    </message>
    <message>
      <source>The parties &amp;consented to the people invited</source>
      <translation>当事人已同意邀请上述人员(&amp;C)</translation>
    </message>
    <message>
      <source>What each side &amp;said</source>
      <translation>各方陈述(&amp;S)</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>陈述人</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>陈述内容</translation>
    </message>
    <message>
      <source>Add statement</source>
      <translation>添加陈述</translation>
    </message>
    <message>
      <source>Remove statement</source>
      <translation>删除陈述</translation>
    </message>
    <message>
      <source>Mediator's p&amp;roposal</source>
      <translation>调解员意见(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Result</source>
      <translation>调解结果(&amp;R)</translation>
    </message>
    <message>
      <source>Agreement reached, to be continued, or failed</source>
      <translation>达成协议、继续调解或调解不成</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>&amp;Lock after (minutes without input):</source>
      <translation>无操作多少分钟后锁定(&amp;L)：</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>从不</translation>
    </message>
    <message>
      <source>&amp;Wrong passwords before waiting:</source>
      <translation>密码错误几次后须等待(&amp;W)：</translation>
    </message>
    <message>
      <source>Never wait</source>
      <translation>不等待</translation>
    </message>
    <message>
      <source>&amp;Keep archived cases (years):</source>
      <translation>归档案件保存年限(&amp;K)：</translation>
    </message>
    <message>
      <source>&amp;Mediators may read (not change) their colleagues' cases</source>
      <translation>调解员可以查看（不能修改）其他调解员的案件(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>取消(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Sign in — Mediation Desk</source>
      <translation>登录 — 调解台</translation>
    </message>
    <message>
      <source>&amp;Username:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <source>Sign in as &amp;someone else</source>
      <translation>以其他用户登录(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>Sign &amp;in</source>
      <translation>登录(&amp;I)</translation>
    </message>
    <message>
      <source>%1

Sign in with your account.</source>
      <translation>%1

请用您的账户登录。</translation>
    </message>
    <message>
      <source>Locked — Mediation Desk</source>
      <translation>已锁定 — 调解台</translation>
    </message>
    <message>
      <source>Mediation Desk was locked after a time without use. %1, enter your password to go on.</source>
      <translation>调解台在一段时间无操作后已锁定。%1，请输入您的密码继续。</translation>
    </message>
  </context>
  <context>
    <name>StartupMessages</name>
    <message>
      <source>The database file cannot be read. The disk may be missing or failing, or this user account may not be allowed to open it.</source>
      <translation>无法读取数据库文件。可能是磁盘未连接或出现故障，也可能是当前用户账户无权打开该文件。</translation>
    </message>
    <message>
      <source>The file where Mediation Desk keeps its data is not a Mediation Desk database. It may have been replaced by another file.</source>
      <translation>调解台存放数据的文件不是调解台数据库，可能已被其他文件替换。</translation>
    </message>
    <message>
      <source>The database file is incomplete: part of it is missing, as after a copy that was interrupted or a disk that filled up.</source>
      <translation>数据库文件不完整：部分内容缺失，常见于复制中断或磁盘空间已满。</translation>
    </message>
    <message>
      <source>The database file is damaged, for example by a power cut or a failing disk.</source>
      <translation>数据库文件已损坏，可能是由于突然断电或磁盘故障。</translation>
    </message>
    <message>
      <source>Another program is holding the database file open for writing (for example a database tool). Close that program and try again.</source>
      <translation>另一个程序（例如数据库工具）正以写入方式打开数据库文件。请关闭该程序后重试。</translation>
    </message>
    <message>
      <source>Mediation Desk has not changed or overwritten the file.</source>
      <translation>调解台没有修改或覆盖该文件。</translation>
    </message>
    <message>
      <source>Mediation Desk is already open with this database (%1). Only one window may work on it at a time, so that no change is lost. Please use the window that is already open, or close it and start Mediation Desk again.</source>
      <translation>调解台已经打开了此数据库（%1）。为避免丢失修改，同一时间只能有一个窗口使用它。请使用已打开的窗口，或将其关闭后重新启动调解台。</translation>
    </message>
    <message>
      <source>another program</source>
      <translation>另一个程序</translation>
    </message>
    <message>
      <source>process %1 on the computer %2</source>
      <translation>计算机 %2 上的进程 %1</translation>
    </message>
    <message>
      <source>The database is on a network share (%1). Its file locking is not reliable there, and a dropped connection can damage the data. Keep the database on this computer's own disk and use Data → Back up to a folder… to keep copies elsewhere.</source>
      <translation>数据库位于网络共享上（%1）。网络共享上的文件锁定不可靠，网络中断可能损坏数据。请把数据库放在本机磁盘上，并使用“数据 → 备份到文件夹…”把副本保存到其他位置。</translation>
    </message>
  </context>
  <context>
    <name>TermsTable</name>
    <message>
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
  </context>
  <context>
    <name>UserTableModel</name>
    <message>
      <source>Username</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Mediator</source>
      <translation>调解员</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>switched off</source>
      <translation>已停用</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <source>User accounts</source>
      <translation>用户账户</translation>
    </message>
    <message>
      <source>Each person signs in with an account of their own. Mediators see their own cases; the justice-office reviewer reads everything and changes nothing.</source>
      <translation>每个人用自己的账户登录。调解员看到自己承办的案件；司法所审阅人员可以查看全部案件，但不能修改。</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>添加(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>修改(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Reset password…</source>
      <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
      <source>S&amp;witch off</source>
      <translation>停用(&amp;W)</translation>
    </message>
    <message>
      <source>C&amp;lose</source>
      <translation>关闭(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>Write down what the agent may do, as stated on the power of attorney.</source>
      <translation>请填写代理权限，以授权委托书载明的为准。</translation>
    </message>
    <message>
      <source>The amount is not a number.</source>
      <translation>涉及金额不是有效的数字。</translation>
    </message>
    <message>
      <source>The amount cannot be negative.</source>
      <translation>涉及金额不能为负数。</translation>
    </message>
    <message>
      <source>The amount can have at most two decimal places.</source>
      <translation>涉及金额最多保留两位小数（精确到分）。</translation>
    </message>
    <message>
      <source>The amount is too large — please check it.</source>
      <translation>涉及金额过大，请核对。</translation>
    </message>
    <message>
      <source>Written or oral application only applies when a party applied for mediation.</source>
      <translation>只有当事人申请调解的案件才需选择书面或口头申请。</translation>
    </message>
    <message>
      <source>Choose whether the party applied in writing or orally.</source>
      <translation>请选择当事人是书面申请还是口头申请。</translation>
    </message>
    <message>
      <source>Choose the type of dispute.</source>
      <translation>请选择纠纷类型。</translation>
    </message>
    <message>
      <source>This type of dispute is not in the list — please choose one from the list.</source>
      <translation>纠纷类型不在列表中，请从列表中选择。</translation>
    </message>
    <message>
      <source>The full name of a committee usually ends with “{suffix}”.</source>
      <translation>调解委员会全称一般以“{suffix}”结尾。</translation>
    </message>
    <message>
      <source>The credit code's last character is wrong — please check it against the licence.</source>
      <translation>统一社会信用代码校验位不正确，请对照营业执照或登记证书核对。</translation>
    </message>
    <message>
      <source>The credit code may only contain digits and capital letters (no I, O, Z, S or V).</source>
      <translation>统一社会信用代码只能由数字和大写字母组成（不含I、O、Z、S、V）。</translation>
    </message>
    <message>
      <source>A credit code has {expected} characters; this one has {actual}.</source>
      <translation>统一社会信用代码应为{expected}位，当前为{actual}位。</translation>
    </message>
    <message>
      <source>No unified social credit code entered — add it if the organisation has one.</source>
      <translation>未填写统一社会信用代码，该单位如有代码请补充填写。</translation>
    </message>
    <message>
      <source>This date is before the People's Mediation Law took effect ({date}) — please check it.</source>
      <translation>该日期早于《人民调解法》施行日期（{date}），请核对。</translation>
    </message>
    <message>
      <source>This date is in the future.</source>
      <translation>日期不能晚于今天。</translation>
    </message>
    <message>
      <source>Enter the date.</source>
      <translation>请填写日期。</translation>
    </message>
    <message>
      <source>This date is too early (before {earliest}) — please check it.</source>
      <translation>日期过早（早于{earliest}），请核对。</translation>
    </message>
    <message>
      <source>The birth date in the ID number is impossible — please check the number on the card.</source>
      <translation>身份证号码中的出生日期有误，请对照证件核对。</translation>
    </message>
    <message>
      <source>The birth date does not match the ID number ({id_birth_date}).</source>
      <translation>出生日期与身份证号码不一致（号码显示为{id_birth_date}）。</translation>
    </message>
    <message>
      <source>The ID number's check digit is wrong — please check the number on the card.</source>
      <translation>身份证号码校验位不正确，请对照证件核对。</translation>
    </message>
    <message>
      <source>An ID number has only digits, with possibly an X at the end.</source>
      <translation>身份证号码只能由数字组成，最后一位可以是X。</translation>
    </message>
    <message>
      <source>The gender does not match the ID number.</source>
      <translation>性别与身份证号码不一致。</translation>
    </message>
    <message>
      <source>An ID number has {expected} characters; this one has {actual}.</source>
      <translation>身份证号码应为{expected}位，当前为{actual}位。</translation>
    </message>
    <message>
      <source>The ID number starts with an unknown or old area code ({region_code}) — please check.</source>
      <translation>身份证号码前六位地区码（{region_code}）无法识别或已停用，请对照证件核对。</translation>
    </message>
    <message>
      <source>Tick at least one language the mediator works in.</source>
      <translation>请至少选择一种调解员使用的语言。</translation>
    </message>
    <message>
      <source>This mediator is chosen twice.</source>
      <translation>该调解员已重复选择。</translation>
    </message>
    <message>
      <source>Choose at least one mediator.</source>
      <translation>请至少选择一名调解员。</translation>
    </message>
    <message>
      <source>This mediator is not on the committee's list.</source>
      <translation>该调解员不在本委员会调解员名单中。</translation>
    </message>
    <message>
      <source>When a party applies for mediation, add at least one applicant.</source>
      <translation>当事人申请调解的，请至少添加一名申请人。</translation>
    </message>
    <message>
      <source>Add at least one party.</source>
      <translation>请至少添加一名当事人。</translation>
    </message>
    <message>
      <source>No respondent has been added yet.</source>
      <translation>尚未添加被申请人。</translation>
    </message>
    <message>
      <source>This party is already entered as party {other}.</source>
      <translation>该当事人与第{other}名当事人重复。</translation>
    </message>
    <message>
      <source>An organisation has no ID number, gender or birth date — please clear this field.</source>
      <translation>单位当事人不填写身份证号码、性别和出生日期，请清空此项。</translation>
    </message>
    <message>
      <source>A person has no credit code or legal representative — please clear this field.</source>
      <translation>自然人当事人不填写统一社会信用代码和法定代表人，请清空此项。</translation>
    </message>
    <message>
      <source>{people} people involved is fewer than the {persons} individual parties entered.</source>
      <translation>涉及人数（{people}人）少于已登记的自然人当事人人数（{persons}人）。</translation>
    </message>
    <message>
      <source>The number of people involved must be at least 1.</source>
      <translation>涉及人数至少为1人。</translation>
    </message>
    <message>
      <source>Enter a number from {min} to {max}.</source>
      <translation>请输入 {min} 到 {max} 之间的数字。</translation>
    </message>
    <message>
      <source>Enter an 11-digit mobile number or a landline with area code, e.g. 0477-8581234.</source>
      <translation>电话号码格式不正确，请填写11位手机号码或带区号的固定电话，如0477-8581234。</translation>
    </message>
    <message>
      <source>The landline number has no area code (Ordos: 0477).</source>
      <translation>固定电话未填写区号（鄂尔多斯为0477）。</translation>
    </message>
    <message>
      <source>Enter the body that referred the case.</source>
      <translation>请填写移送或委托调解的单位。</translation>
    </message>
    <message>
      <source>The text contains invisible control characters — please type it again.</source>
      <translation>内容含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
      <source>This field must fit on one line.</source>
      <translation>此项不能换行。</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>此项为必填项。</translation>
    </message>
    <message>
      <source>Too long: at most {max} characters (now {length}).</source>
      <translation>内容过长：最多{max}个字，当前{length}个字。</translation>
    </message>
    <message>
      <source>Enter a pattern for case numbers.</source>
      <translation>请填写案件编号格式。</translation>
    </message>
    <message>
      <source>The case-number pattern cannot be read: {detail}.</source>
      <translation>案件编号格式有误：{detail}。</translation>
    </message>
    <message>
      <source>Unknown field in the pattern: {detail}. Use only {{year}}, {{short_name}} and {{n}}.</source>
      <translation>案件编号格式中含有无法识别的字段：{detail}。只能使用{{year}}、{{short_name}}和{{n}}。</translation>
    </message>
    <message>
      <source>The case-number pattern must contain {{n}} for the serial number.</source>
      <translation>案件编号格式中必须包含表示序号的{{n}}。</translation>
    </message>
    <message>
      <source>The case-number pattern must contain {{year}}, otherwise numbers would repeat every year.</source>
      <translation>案件编号格式中必须包含表示年份的{{year}}，否则每年的编号会重复。</translation>
    </message>
  </context>
  <context>
    <name>WorklistModel</name>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Mediation period (one month) has run out</source>
      <translation>调解期限（一个月）已届满</translation>
    </message>
    <message>
      <source>Mediation period (one month) ends soon</source>
      <translation>调解期限（一个月）即将届满</translation>
    </message>
    <message>
      <source>Medical dispute: 30 working days have run out</source>
      <translation>医疗纠纷：30个工作日调解期限已届满</translation>
    </message>
    <message>
      <source>Medical dispute: 30 working days end soon</source>
      <translation>医疗纠纷：30个工作日调解期限即将届满</translation>
    </message>
    <message>
      <source>Labour dispute: 15 days passed, arbitration is now open to the parties</source>
      <translation>劳动争议：15日调解期限已满，当事人可以申请仲裁</translation>
    </message>
    <message>
      <source>Labour dispute: the 15 days of mediation end soon</source>
      <translation>劳动争议：15日调解期限即将届满</translation>
    </message>
    <message>
      <source>Court-delegated mediation: 30 days have run out, report to the court</source>
      <translation>委派调解：30日期限已届满，请向人民法院报告</translation>
    </message>
    <message>
      <source>Court-delegated mediation: the 30 days end soon</source>
      <translation>委派调解：30日期限即将届满</translation>
    </message>
    <message>
      <source>Agreement not performed by the agreed date</source>
      <translation>调解协议逾期未履行</translation>
    </message>
    <message>
      <source>Agreement performance date approaching</source>
      <translation>调解协议履行期限即将到期</translation>
    </message>
    <message>
      <source>Follow-up visit overdue</source>
      <translation>回访已逾期</translation>
    </message>
    <message>
      <source>Follow-up visit due</source>
      <translation>回访即将到期</translation>
    </message>
    <message>
      <source>Window for judicial confirmation has closed</source>
      <translation>司法确认申请期限已届满</translation>
    </message>
    <message>
      <source>Window for judicial confirmation closing</source>
      <translation>司法确认申请期限即将届满</translation>
    </message>
    <message>
      <source>Referral: no feedback from the receiving body yet</source>
      <translation>分流：接收单位逾期未反馈</translation>
    </message>
    <message>
      <source>Referral: feedback from the receiving body expected</source>
      <translation>分流：接收单位反馈即将到期</translation>
    </message>
    <message>
      <source>High-risk case: keep watching it</source>
      <translation>风险等级较高：请持续关注</translation>
    </message>
    <message>
      <source>Top risk level: escalation report not yet made</source>
      <translation>最高风险等级：尚未上报</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>逾期 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message numerus="yes">
      <source>in %n day(s)</source>
      <translation>
        <numerusform>%n 天后到期</numerusform>
      </translation>
    </message>
  </context>
</TS>