<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
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
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Mediation Desk</source>
      <translation>调解台</translation>
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
      <source>&amp;About Mediation Desk</source>
      <translation>关于调解台(&amp;A)</translation>
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
</TS>