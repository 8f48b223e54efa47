<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first admin</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>The admin adds the desk&apos;s clerks, shift leads and supervisors.</source>
        <translation>管理员负责添加服务台的文员、领班和主管。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Edit answer</source>
        <translation>编辑答复</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>新增答复</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation>YYYY-MM-DD 或留空</translation>
    </message>
    <message>
        <source>Given out at the desk</source>
        <translation>在服务台使用</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>内容（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>内容（英文）</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>搜索关键词</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <source>Search the answers (Ctrl+F)</source>
        <translation>搜索答复（Ctrl+F）</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Answers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;标准答复&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Show e&amp;xpired and withdrawn</source>
        <translation>显示已过期和已撤回(&amp;X)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&lt;p&gt;No answer found. Ask a supervisor rather than guess.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有找到答复。请向主管确认，切勿随意作答。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Valid %1 to %2</source>
        <translation>有效期 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Front Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Restore the newest sound backup ({file}) now, or go on with records that may not be trustworthy.</source>
        <translation>请立即恢复最新的完好备份（{file}），或在记录可能不可信的情况下继续使用。</translation>
    </message>
    <message>
        <source>No sound backup was found. Ask your admin; you can go on, but the records may not be trustworthy.</source>
        <translation>未找到完好的备份。请联系管理员；您可以继续使用，但记录可能不可信。</translation>
    </message>
    <message>
        <source>The database check at start found a problem:</source>
        <translation>启动时的数据库检查发现问题：</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Go on anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The newest sound backup is {file} ({folder}). Restore it now? Work done after it was taken is not in it; the damaged file is kept aside.</source>
        <translation>最新的完好备份是 {file}（{folder}）。现在恢复吗？备份之后所做的工作不在其中；损坏的文件会另行保留。</translation>
    </message>
    <message>
        <source>No sound backup was found in {folder}. Front Desk will not start on this file. Ask your admin to restore a backup (frontdesk restore FILE) or to move the damaged file away.</source>
        <translation>在 {folder} 中没有找到完好的备份。服务台不会在此文件上启动。请联系管理员恢复备份（frontdesk restore 文件）或将损坏的文件移走。</translation>
    </message>
    <message>
        <source>⚠ The last backup failed; tried again every hour. {reason}</source>
        <translation>⚠ 上次备份失败，每小时重试一次。{reason}</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>详细信息见 {file}。</translation>
    </message>
    <message>
        <source>The details were written to the error output.</source>
        <translation>详细信息已写入错误输出。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出现了意外错误。</translation>
    </message>
    <message>
        <source>Nothing was saved half-way: each change is saved whole or not at all. Check the last thing you did, then carry on.</source>
        <translation>没有保存一半的内容：每项更改要么完整保存，要么完全不保存。请检查刚才的操作，然后继续。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by action, user or record number</source>
        <translation>按操作、用户或记录编号筛选</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key is not on this PC: enter it from the recovery sheet</source>
        <translation>审计链密钥不在这台电脑上：请按恢复单输入</translation>
    </message>
    <message>
        <source>Enter audit key</source>
        <translation>输入审计密钥</translation>
    </message>
    <message>
        <source>The audit key is back; %1 row(s) written meanwhile are keyed.</source>
        <translation>审计密钥已恢复；期间写入的 %1 行已补签。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Printed audit anchor, e.g. 1234-ABCD-EFGH</source>
        <translation>打印的审计锚码，例如 1234-ABCD-EFGH</translation>
    </message>
    <message>
        <source>Check anchor</source>
        <translation>核对锚码</translation>
    </message>
    <message>
        <source>The trail stands at %1.</source>
        <translation>审计链当前锚码：%1。</translation>
    </message>
    <message>
        <source>Anchor %1 checks: the trail still holds it unchanged (row %2).</source>
        <translation>锚码 %1 核对无误：审计链仍完整保留该处（第 %2 行）。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;审计日志&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>保存备份设置(&amp;S)</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Print the ID key &amp;recovery sheet…</source>
        <translation>打印证件密钥恢复单(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter the ID &amp;key from the recovery sheet…</source>
        <translation>从恢复单录入证件密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Daily copies kept:</source>
        <translation>保留每日备份数：</translation>
    </message>
    <message>
        <source>Monthly copies kept:</source>
        <translation>保留每月备份数：</translation>
    </message>
    <message>
        <source>Newest copies:</source>
        <translation>最新备份：</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>ID key recovery sheet</source>
        <translation>证件密钥恢复单</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1</source>
        <translation>备份已保存并校验：%1</translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message>
        <source>Paging broadcast</source>
        <translation>寻人寻物广播</translation>
    </message>
    <message>
        <source>&amp;Record as broadcast</source>
        <translation>登记为已广播(&amp;R)</translation>
    </message>
    <message>
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Times read:</source>
        <translation>播报次数：</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source> business hours</source>
        <translation> 个营业小时</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开门</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关门</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>每周休息日</translation>
    </message>
    <message>
        <source>First response to a complaint within</source>
        <translation>投诉首次回复时限</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Import a year from CSV…</source>
        <translation>从 CSV 导入全年…</translation>
    </message>
    <message>
        <source>Holidays (the desk&apos;s clock stops for deadlines)</source>
        <translation>节假日（期限计时暂停）</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <source>Holiday list</source>
        <translation>节假日清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Holidays of the year</source>
        <translation>节假日所属年份</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) of %1 read; save the calendar to keep them.</source>
        <translation>
            <numerusform>已读取 %1 年的 %n 个节假日；保存日历后生效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deadlines of %n open case(s) move.</source>
        <translation>
            <numerusform>%n 个未结案件的期限将随之变动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. The deadlines of %n open case(s) moved.</source>
        <translation>
            <numerusform>已保存。%n 个未结案件的期限已变动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer &amp;reached</source>
        <translation>已联系到顾客(&amp;R)</translation>
    </message>
    <message>
        <source>Forward &amp;to</source>
        <translation>转交给(&amp;T)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>打印记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Case {no}</source>
        <translation>案件 {no}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Shop or area</source>
        <translation>店铺或区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次回应期限</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转交给</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} / 5 分</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未联系到</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>转交(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Take in hand</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>标记已解决(&amp;R)</translation>
    </message>
    <message>
        <source>Record &amp;follow-up call</source>
        <translation>登记回访(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <source>Customer feedback record</source>
        <translation>顾客意见记录</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Quality check</source>
        <translation>服务质检</translation>
    </message>
    <message>
        <source>Slip, receipt or case number</source>
        <translation>押金单、收据或案件编号</translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation>员工(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>单号(&amp;R)：</translation>
    </message>
    <message>
        <source>Comment for the clerk (no customer&apos;s data)</source>
        <translation>给员工的评语（不写顾客信息）</translation>
    </message>
    <message>
        <source>Scoring sheet version {n}</source>
        <translation>评分表第 {n} 版</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>Total: {given} of {most}</source>
        <translation>合计：{given} / {most} 分</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim {tag}</source>
        <translation>认领 {tag}</translation>
    </message>
    <message>
        <source>Clear si&amp;gnature</source>
        <translation>清除签名(&amp;G)</translation>
    </message>
    <message>
        <source>Claimant&apos;s signature:</source>
        <translation>认领人签名：</translation>
    </message>
    <message>
        <source>&amp;Release and print receipt</source>
        <translation>发还并打印回执(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{tag}&lt;/b&gt; · {category} · {what} · {colour} · ×{qty}&lt;br&gt;Found {when} at {where}; stored at {storage}</source>
        <translation>&lt;b&gt;{tag}&lt;/b&gt; · {category} · {what} · {colour} · ×{qty}&lt;br&gt;{when} 于 {where} 拾获；存放于 {storage}</translation>
    </message>
    <message>
        <source>In the claimant&apos;s words: quantity, colour, main features</source>
        <translation>由认领人自述：数量、颜色、主要特征</translation>
    </message>
    <message>
        <source>The description agrees with the record</source>
        <translation>描述与登记记录相符</translation>
    </message>
    <message>
        <source>Ask for a detail only the owner would know</source>
        <translation>请询问只有失主才知道的细节</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>核对(&amp;H)</translation>
    </message>
    <message>
        <source>Only the last four characters are kept</source>
        <translation>仅保留后四位</translation>
    </message>
    <message>
        <source>&amp;Described as:</source>
        <translation>物品描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Identifying de&amp;tail:</source>
        <translation>识别细节(&amp;T)：</translation>
    </message>
    <message>
        <source>Claimant&apos;s &amp;name:</source>
        <translation>认领人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID type:</source>
        <translation>证件类型(&amp;I)：</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Mobile &amp;phone:</source>
        <translation>手机号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Confirm that the description agrees with the record.</source>
        <translation>请确认描述与登记记录一致。</translation>
    </message>
    <message>
        <source>Supervisor release</source>
        <translation>主管放行</translation>
    </message>
    <message>
        <source>Why may the claimant try again?</source>
        <translation>为什么允许认领人再试一次？</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <source>Let the claimant tr&amp;y again</source>
        <translation>允许认领人再试一次(&amp;Y)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>Super&amp;visor:</source>
        <translation>主管(&amp;V)：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s pass&amp;word:</source>
        <translation>主管密码(&amp;W)：</translation>
    </message>
    <message>
        <source>{n} wrong answers: the item is locked until a supervisor releases it.</source>
        <translation>已答错 {n} 次：物品已锁定，须主管放行后才能再试。</translation>
    </message>
    <message>
        <source>Wrong answers so far: {n} of {limit}.</source>
        <translation>已答错 {n} 次（上限 {limit} 次）。</translation>
    </message>
    <message>
        <source>✔ agrees</source>
        <translation>✔ 相符</translation>
    </message>
    <message>
        <source>✘ does not agree</source>
        <translation>✘ 不符</translation>
    </message>
    <message>
        <source>Claim receipt {no}</source>
        <translation>认领回执 {no}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Front Desk</source>
        <translation>服务台</translation>
    </message>
</context>
<context>
    <name>ComplaintListsTab</name>
    <message>
        <source>Complaint categories and departments (one a line)</source>
        <translation>投诉类别与部门（每行一项）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Departments a case is forwarded to</source>
        <translation>案件转交部门</translation>
    </message>
    <message>
        <source>Save lists</source>
        <translation>保存清单</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) use an entry you remove; they keep it.</source>
        <translation>
            <numerusform>%n 个未结案件使用了被删除的项目；这些案件保留原值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ComplaintSummaryPage</name>
    <message>
        <source>&lt;h2&gt;Complaint summary&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;投诉汇总&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>打印汇总(&amp;P)…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <source>First response, average / 90th percentile (hours)</source>
        <translation>首次回应 平均/90%分位（小时）</translation>
    </message>
    <message>
        <source>Resolution, average / 90th percentile (hours)</source>
        <translation>解决用时 平均/90%分位（小时）</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时回应</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By shop or area</source>
        <translation>按店铺或区域</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Score {n}</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>Complaint summary</source>
        <translation>投诉汇总</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>&lt;h2&gt;Complaints and feedback&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;顾客意见与投诉&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>顾客电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>(no shop)</source>
        <translation>（无店铺）</translation>
    </message>
    <message>
        <source>Area, e.g. B1 car park</source>
        <translation>区域，如 B1 停车场</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>顾客反映的内容</translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation>附扫描件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record (Ctrl+Enter)</source>
        <translation>登记(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Phone, name</source>
        <translation>电话、姓名(&amp;P)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory, shop</source>
        <translation>类别、店铺(&amp;T)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>内容(&amp;X)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation>待首次回应</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Search number, text, name or area</source>
        <translation>搜索编号、内容、姓名或区域</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Customer &amp;history (Ctrl+H)</source>
        <translation>顾客历史(&amp;H)（Ctrl+H）</translation>
    </message>
    <message>
        <source>The caller&apos;s earlier cases</source>
        <translation>来电者以往的案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Shop or area</source>
        <translation>店铺或区域</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;{overdue}&lt;/b&gt; overdue · &lt;b&gt;{soon}&lt;/b&gt; due within {hours} hours</source>
        <translation>&lt;b&gt;{overdue}&lt;/b&gt; 件已超时 · &lt;b&gt;{soon}&lt;/b&gt; 件 {hours} 小时内到期</translation>
    </message>
    <message>
        <source>Case {case} recorded; first response due by {due}.</source>
        <translation>案件 {case} 已登记；须在 {due} 前首次答复。</translation>
    </message>
    <message>
        <source>Scanned comment</source>
        <translation>书面意见扫描件</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Scan attached ✓</source>
        <translation>已附扫描件 ✓</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <source>Note or coin</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation>&lt;b&gt;合计&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit a receipt</source>
        <translation>小票积分</translation>
    </message>
</context>
<context>
    <name>CustodyPage</name>
    <message>
        <source>&lt;h2&gt;Items held at the desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;代保管物品&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>What, e.g. a box of samples</source>
        <translation>物品，如一箱样品</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>代管对象</translation>
    </message>
    <message>
        <source>Left by</source>
        <translation>寄存人</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>收存(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Taken in:</source>
        <translation>寄存日期：</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>取走(&amp;H)…</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>For a</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>收存时间</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>取走时间</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation>取件人</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>取走</translation>
    </message>
    <message>
        <source>Who picks up {what}?</source>
        <translation>谁来取走 {what}？</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Income by day, last 30 days</source>
        <translation>近 30 天每日收入</translation>
    </message>
    <message>
        <source>Loans by day, last 30 days</source>
        <translation>近 30 天每日借用</translation>
    </message>
    <message>
        <source>Complaints by category, last 30 days</source>
        <translation>近 30 天投诉分类</translation>
    </message>
    <message>
        <source>Income today, whole site</source>
        <translation>今日收入（全场）</translation>
    </message>
    <message>
        <source>This desk&apos;s drawer</source>
        <translation>本服务台钱箱</translation>
    </message>
    <message>
        <source>Desks open at the site</source>
        <translation>全场开班中的服务台</translation>
    </message>
    <message>
        <source>Items out</source>
        <translation>借出未还</translation>
    </message>
    <message>
        <source>Items overdue</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>在押押金</translation>
    </message>
    <message>
        <source>Complaints overdue</source>
        <translation>投诉已超时</translation>
    </message>
    <message>
        <source>Complaints due soon</source>
        <translation>投诉即将到期</translation>
    </message>
    <message>
        <source>Found items to act on</source>
        <translation>待处理拾获物品</translation>
    </message>
    <message>
        <source>Found items due soon</source>
        <translation>拾获物品即将到期</translation>
    </message>
    <message>
        <source>Items lent today</source>
        <translation>今日借出</translation>
    </message>
    <message>
        <source>Service receipts today</source>
        <translation>今日服务收据</translation>
    </message>
    <message>
        <source>Members enrolled today</source>
        <translation>今日办卡</translation>
    </message>
    <message>
        <source>Items found today</source>
        <translation>今日拾获</translation>
    </message>
    <message>
        <source>Lost reports today</source>
        <translation>今日寻物登记</translation>
    </message>
    <message>
        <source>Cases opened today</source>
        <translation>今日新建案件</translation>
    </message>
    <message>
        <source>Inquiries today</source>
        <translation>今日咨询</translation>
    </message>
    <message>
        <source>Items back today</source>
        <translation>今日归还</translation>
    </message>
    <message>
        <source>Customers satisfied today</source>
        <translation>今日顾客满意度</translation>
    </message>
    <message>
        <source>Hotline answered in time today</source>
        <translation>今日热线及时接听率</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today, {day}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;今天，{day}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>The drawer is this desk&apos;s: {desk}. Every other figure is the whole site&apos;s.</source>
        <translation>钱箱为本服务台的：{desk}。其余数字均为全场的。</translation>
    </message>
    <message>
        <source>Float at {desk}; {n} money movement(s)</source>
        <translation>{desk} 备用金；{n} 笔收付款</translation>
    </message>
    <message>
        <source>No shift open at this desk: {desk}</source>
        <translation>本服务台未开班：{desk}</translation>
    </message>
    <message>
        <source>Shift of {user} since {time}</source>
        <translation>{user} 的班次，自 {time} 起</translation>
    </message>
    <message>
        <source>Satisfied today ({n} rated, {k} keyed, {s} skipped)</source>
        <translation>今日满意度（顾客评价 {n}，代录 {k}，未评价 {s}）</translation>
    </message>
    <message>
        <source>Hotline answered in time today ({n} missed)</source>
        <translation>今日热线及时接听率（未接 {n}）</translation>
    </message>
    <message>
        <source>Income today by kind: {parts}</source>
        <translation>今日收入分类：{parts}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>自选起止</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>显示的第一天</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>显示的最后一天</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>The database file {path} is empty (0 bytes): a copy or a sync that did not finish. It is not a new site and was not changed.</source>
        <translation>数据库文件 {path} 是空的（0 字节）：复制或同步未完成。它不是新站点，文件未被改动。</translation>
    </message>
    <message>
        <source>The database file {path} is cut short ({detail}): part of it is missing. It was not changed.</source>
        <translation>数据库文件 {path} 被截断（{detail}）：缺少一部分内容。文件未被改动。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({detail}). It was not changed.</source>
        <translation>无法读取数据库文件 {path}（{detail}）。文件未被改动。</translation>
    </message>
    <message>
        <source>The file {path} is not a readable database (damaged, or some other kind of file). It was not changed.</source>
        <translation>文件 {path} 不是可读取的数据库（已损坏或是其他类型的文件）。文件未被改动。</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Nothing was saved half-way. Free some space on the disk (or ask your admin), then try again.</source>
        <translation>磁盘已满，无法保存。没有保存一半的内容。请释放磁盘空间（或联系管理员）后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its disk is read-only). Nothing was saved half-way. Ask your admin to check the disk and the file&apos;s permissions.</source>
        <translation>无法写入数据库（文件或磁盘为只读）。没有保存一半的内容。请联系管理员检查磁盘和文件权限。</translation>
    </message>
    <message>
        <source>The disk reported a read or write error. Nothing was saved half-way. Ask your admin to check the disk; the details are in the log.</source>
        <translation>磁盘报告读写错误。没有保存一半的内容。请联系管理员检查磁盘；详细信息见日志。</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved half-way. Restart Front Desk: it offers the newest sound backup.</source>
        <translation>数据库文件已损坏。没有保存一半的内容。请重新启动服务台：它会提供最新的完好备份。</translation>
    </message>
    <message>
        <source>Another desk kept the database busy for too long, so this was not saved. Nothing was saved half-way. Try again; if it keeps happening, ask your admin.</source>
        <translation>另一个服务台占用数据库时间过长，本次操作未保存，也没有保存一半的内容。请重试；如果反复出现，请联系管理员。</translation>
    </message>
    <message>
        <source>This database ({path}) was written by a newer version of Front Desk (schema {found}; this program knows up to {supported}). Please update Front Desk; the file was not changed.</source>
        <translation>此数据库（{path}）由更新版本的服务台程序写入（结构版本 {found}，本程序最高支持 {supported}）。请升级服务台程序；文件未作任何改动。</translation>
    </message>
    <message>
        <source>{path} is not a Front Desk database; it was not changed.</source>
        <translation>{path} 不是服务台数据库；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Updating the database to schema {version} failed ({cause}); the file was left as it was.</source>
        <translation>将数据库升级到结构版本 {version} 失败（{cause}）；文件保持原样。</translation>
    </message>
    <message>
        <source>The database {path} is at schema {found} and this program needs {supported}: its owner must update it first (frontdesk --db with the owner&apos;s login).</source>
        <translation>数据库 {path} 的结构版本为 {found}，本程序需要 {supported}：请先由数据库所有者升级（以所有者的登录运行 frontdesk --db）。</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a database: {cause}</source>
        <translation>{path} 无法作为数据库打开：{cause}</translation>
    </message>
    <message>
        <source>SQLite reports the file damaged: {detail}</source>
        <translation>SQLite 报告文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>The server reports an index damaged: {detail}</source>
        <translation>服务器报告索引损坏：{detail}</translation>
    </message>
    <message>
        <source>Append-only guards of the database are switched off on the server: {detail}. The trail and the ledgers are not protected until the owner turns them on again.</source>
        <translation>服务器上数据库的只增保护已被关闭：{detail}。在所有者重新开启之前，审计记录和账目不受保护。</translation>
    </message>
    <message>
        <source>The desk&apos;s role may rewrite the audit trail ({detail}): revoke it (REVOKE UPDATE, DELETE ON audit_log FROM frontdesk_app).</source>
        <translation>服务台角色可以改写审计记录（{detail}）：请收回该权限（REVOKE UPDATE, DELETE ON audit_log FROM frontdesk_app）。</translation>
    </message>
    <message>
        <source>Index check skipped: the amcheck extension is not installed in this database (a superuser runs CREATE EXTENSION amcheck). The tables, the trail and the counters were checked.</source>
        <translation>已跳过索引检查：此数据库未安装 amcheck 扩展（由超级用户执行 CREATE EXTENSION amcheck）。表、审计记录和编号计数器已检查。</translation>
    </message>
    <message>
        <source>Index check skipped: this login may not run amcheck ({detail}); run the check with the owner&apos;s login, or grant it amcheck&apos;s functions.</source>
        <translation>已跳过索引检查：此登录无权运行 amcheck（{detail}）；请用所有者的登录运行检查，或授予其 amcheck 函数的执行权限。</translation>
    </message>
    <message>
        <source>Checked as {detail}, a login that may change the audit trail: the counters should connect with the desk&apos;s own login.</source>
        <translation>以 {detail} 检查，该登录可以更改审计记录：各柜台应使用服务台自己的登录连接。</translation>
    </message>
    <message>
        <source>A money record ({table} #{row}) does not agree with the audit trail: it was changed, removed or written outside the desk.</source>
        <translation>一条资金记录（{table} #{row}）与审计链不符：它被修改、删除或在服务台之外写入。</translation>
    </message>
    <message>
        <source>Append-only guards of the file were removed: {names}.</source>
        <translation>数据文件的只增保护被移除：{names}。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with at row {row} ({reason}).</source>
        <translation>审计日志在第 {row} 行被篡改（{reason}）。</translation>
    </message>
    <message>
        <source>Shopping receipt</source>
        <translation>购物小票</translation>
    </message>
    <message>
        <source>Manual points</source>
        <translation>补录积分</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Show this card (or its QR code) at the service desk with your shopping receipts to earn 1 point for every {yuan} spent.</source>
        <translation>请凭本卡（或其二维码）和购物小票到总服务台积分，每消费 {yuan} 积 1 分。</translation>
    </message>
    <message>
        <source>Receipts earn points within {days} days of purchase, once each. Points expire {lifetime} days after they are earned; the oldest are used first.</source>
        <translation>小票须在购物后 {days} 天内积分，每张限积一次。积分自获得起 {lifetime} 天后过期，兑换时先用最早的积分。</translation>
    </message>
    <message>
        <source>If the card is lost, call or visit the service desk at once to block it; a new card is issued on showing the same ID document.</source>
        <translation>如卡遗失，请立即致电或到总服务台挂失；凭同一证件可补办新卡。</translation>
    </message>
    <message>
        <source>Replacement member card</source>
        <translation>补办会员卡</translation>
    </message>
    <message>
        <source>Member card confirmation</source>
        <translation>会员卡办理确认单</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Replaces card</source>
        <translation>替换旧卡</translation>
    </message>
    <message>
        <source>Reissue fee</source>
        <translation>补卡工本费</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分对账单</translation>
    </message>
    <message>
        <source>Points by batch</source>
        <translation>分批积分</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得时间</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>过期日</translation>
    </message>
    <message>
        <source>History</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>redemption number</source>
        <translation>兑换记录编号</translation>
    </message>
    <message>
        <source>No such redemption.</source>
        <translation>没有这笔兑换。</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>No fee was charged for card {card}.</source>
        <translation>卡 {card} 未收取工本费。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Hello, this {item} is lent against a deposit of {deposit}. When you bring the {item} back with this slip, the deposit is returned to you in full.</source>
        <translation>您好，借用此{item}需交纳押金 {deposit}，归还{item}并出示押金卡时，押金全额退还。</translation>
    </message>
    <message>
        <source>Hello, this {item} is lent free of charge.</source>
        <translation>您好，此{item}免费借用。</translation>
    </message>
    <message>
        <source>It is for use inside {site} only: before you leave, please return it to the service desk.</source>
        <translation>此物品仅限在{site}内使用，离开前请到总服务台办理归还手续。</translation>
    </message>
    <message>
        <source>Please keep this slip. If it is lost, the desk finds the loan by your phone number. No ID card is ever taken as a pledge.</source>
        <translation>请妥善保管押金卡。如有遗失，服务台可凭您的手机号查找借用记录。本服务台不收取身份证作为抵押。</translation>
    </message>
    <message>
        <source>Thank you, and have a pleasant day!</source>
        <translation>愿您一路顺利！</translation>
    </message>
    <message>
        <source>Deposit slip</source>
        <translation>押金卡</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation>押金卡号</translation>
    </message>
    <message>
        <source>Lent at</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结班</translation>
    </message>
    <message>
        <source>Daily ledger</source>
        <translation>日报台账</translation>
    </message>
    <message>
        <source>At the end of the day</source>
        <translation>日终状态</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Shift still open (X report, not numbered)</source>
        <translation>班次尚未结束（X 报表，不编号）</translation>
    </message>
    <message>
        <source>Main desk</source>
        <translation>总服务台</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>收支项目</translation>
    </message>
    <message>
        <source>Totals by payment method</source>
        <translation>按支付方式合计</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>按类别合计</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Shifts of the day</source>
        <translation>当日班次</translation>
    </message>
    <message>
        <source>Report no.</source>
        <translation>报表号</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Audit anchor</source>
        <translation>审计锚码</translation>
    </message>
    <message>
        <source>Whole site (every desk)</source>
        <translation>全场（所有服务台）</translation>
    </message>
    <message>
        <source>Income hand-over to finance</source>
        <translation>收入交接单（交财务）</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>收据号段</translation>
    </message>
    <message>
        <source>Cash counted at the shift closes</source>
        <translation>结班实点现金</translation>
    </message>
    <message>
        <source>of which cash float kept at the desk</source>
        <translation>其中留存服务台的备用金</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>现金支出</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>shown after the drawer is counted</source>
        <translation>清点钱箱后显示</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签核人</translation>
    </message>
    <message>
        <source>Count {n}</source>
        <translation>第 {n} 次清点</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>张/枚数</translation>
    </message>
    <message>
        <source>Deposits still held</source>
        <translation>尚存押金</translation>
    </message>
    <message>
        <source>Items still out</source>
        <translation>尚未归还物品</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结班人</translation>
    </message>
    <message>
        <source>Found-item tag</source>
        <translation>拾物标签</translation>
    </message>
    <message>
        <source>Fee receipt</source>
        <translation>收费收据</translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation>投诉单</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>交班报表</translation>
    </message>
    <message>
        <source>Income hand-over</source>
        <translation>收入交接单</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Lost report</source>
        <translation>寻物登记</translation>
    </message>
    <message>
        <source>Claim receipt</source>
        <translation>认领回执</translation>
    </message>
    <message>
        <source>Points redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Refund or compensation voucher</source>
        <translation>退款或赔偿凭证</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>领班</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>counter operations</source>
        <translation>柜台业务</translation>
    </message>
    <message>
        <source>voiding or reversing documents</source>
        <translation>作废或冲销单据</translation>
    </message>
    <message>
        <source>forfeiting deposits</source>
        <translation>扣除押金</translation>
    </message>
    <message>
        <source>counting cash and closing shifts</source>
        <translation>清点现金和交班</translation>
    </message>
    <message>
        <source>printing the daily ledger</source>
        <translation>打印日报</translation>
    </message>
    <message>
        <source>handing income over to finance</source>
        <translation>向财务交接收入</translation>
    </message>
    <message>
        <source>assigning and closing complaints</source>
        <translation>分派和结案投诉</translation>
    </message>
    <message>
        <source>manual points above the daily cap</source>
        <translation>超出每日上限的补录积分</translation>
    </message>
    <message>
        <source>revealing personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>the monthly finance export</source>
        <translation>月度财务导出</translation>
    </message>
    <message>
        <source>locking a month</source>
        <translation>锁定月份</translation>
    </message>
    <message>
        <source>unlocking a month</source>
        <translation>解锁月份</translation>
    </message>
    <message>
        <source>managing users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>changing settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>editing the desk&apos;s standard answers</source>
        <translation>编辑服务台标准答复</translation>
    </message>
    <message>
        <source>releasing a claim after too many wrong answers</source>
        <translation>在多次答错后放行认领</translation>
    </message>
    <message>
        <source>quality checks and the service level</source>
        <translation>服务质检及服务水平</translation>
    </message>
    <message>
        <source>What was typed or scanned contains a control character (NUL, from a scanner or a paste); type it again without it.</source>
        <translation>输入或扫描的内容含有控制字符（NUL，来自扫描枪或粘贴），请去掉后重新输入。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow {what}.</source>
        <translation>您的角色（{role}）无权进行{what}。</translation>
    </message>
    <message>
        <source>Shopping mall</source>
        <translation>购物中心</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>请填写场所名称。</translation>
    </message>
    <message>
        <source>The site is a mall or a clinic.</source>
        <translation>场所类型须为购物中心或诊所。</translation>
    </message>
    <message>
        <source>Unknown language: {lang}.</source>
        <translation>未知语言：{lang}。</translation>
    </message>
    <message>
        <source>Unknown time zone: {tz}.</source>
        <translation>未知时区：{tz}。</translation>
    </message>
    <message>
        <source>The tax ID must be an 18-character unified social credit code with a correct check character.</source>
        <translation>税号须为 18 位统一社会信用代码，且校验码正确。</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>此数据库已完成初始设置。</translation>
    </message>
    <message>
        <source>setting name</source>
        <translation>设置项名称</translation>
    </message>
    <message>
        <source>A password has at most {n} characters.</source>
        <translation>密码最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须为 2 至 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>未知角色：{role}。</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被占用。</translation>
    </message>
    <message>
        <source>No user named {name}.</source>
        <translation>没有名为 {name} 的用户。</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>账号启用</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot take away your own admin role.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account of {name} is disabled; it cannot sign off.</source>
        <translation>{name} 的账号已停用，不能签核。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} more minute(s).</source>
        <translation>密码错误次数过多：此账号还将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>A second signature is another person&apos;s: {name} is signed in here and cannot sign off their own operation.</source>
        <translation>第二签名须由另一人完成：{name} 已在本机登录，不能为自己的操作签核。</translation>
    </message>
    <message>
        <source>The sign-off name or password is wrong.</source>
        <translation>签核人的用户名或密码错误。</translation>
    </message>
    <message>
        <source>No Chinese font for printing was found. Install the package fonts-wqy-microhei (Debian/Ubuntu), or copy a TrueType font (.ttf) with Chinese characters to {path}.</source>
        <translation>未找到可用于打印的中文字体。请安装 fonts-wqy-microhei 软件包（Debian/Ubuntu），或将含中文字符的 TrueType 字体（.ttf）复制到 {path}。</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝字</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>To police</source>
        <translation>移交派出所</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工调整</translation>
    </message>
    <message>
        <source>Returned purchase</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Receipts voided today</source>
        <translation>今日作废的收据</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Loans out (deposits taken)</source>
        <translation>借出（收取押金）</translation>
    </message>
    <message>
        <source>Loans back (deposits refunded or forfeited)</source>
        <translation>归还（退还或扣除押金）</translation>
    </message>
    <message>
        <source>Deposit refund voucher</source>
        <translation>押金退款凭证</translation>
    </message>
    <message>
        <source>Compensation voucher</source>
        <translation>赔偿凭证</translation>
    </message>
    <message>
        <source>The deposit of slip {slip} has been refunded as shown above; the slip is settled and no longer valid. Please sign to confirm you received it.</source>
        <translation>押金卡 {slip} 的押金已按上列金额退还；该押金卡已结清，不再有效。请签字确认已收到退款。</translation>
    </message>
    <message>
        <source>Compensation for the {item} {code} ({condition}), charged as shown above. Please keep this voucher as your receipt.</source>
        <translation>{item} {code}（{condition}）的赔偿，已按上列金额收取。请保留本凭证作为收据。</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Refunded by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿金额</translation>
    </message>
    <message>
        <source>From the deposit</source>
        <translation>从押金扣除</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>当场支付</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Invoices issued (blue and red-letter)</source>
        <translation>开具的发票（蓝字与红字）</translation>
    </message>
    <message>
        <source>Invoices voided today</source>
        <translation>今日作废的发票</translation>
    </message>
    <message>
        <source>Found items registered</source>
        <translation>登记的拾获物品</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Found items out (claimed, to police, disposed)</source>
        <translation>拾获物品出库（认领、移交派出所、处置）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Points adjustments, redemptions and expiries</source>
        <translation>积分调整、兑换与过期</translation>
    </message>
    <message>
        <source>Complaint cases opened</source>
        <translation>新立投诉案件</translation>
    </message>
    <message>
        <source>Complaint cases closed</source>
        <translation>已结案投诉</translation>
    </message>
    <message>
        <source>First-aid uses</source>
        <translation>应急药品使用</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Held items taken in or handed out</source>
        <translation>代保管物品收存或取走</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>代管对象</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>收存时间</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>取走</translation>
    </message>
    <message>
        <source>No lendable item or deposit slip {code}.</source>
        <translation>没有编号为 {code} 的借用物品或押金卡。</translation>
    </message>
    <message>
        <source>item number</source>
        <translation>物品编号</translation>
    </message>
    <message>
        <source>slip or item number</source>
        <translation>押金卡号或物品编号</translation>
    </message>
    <message>
        <source>No deposit slip {code}.</source>
        <translation>没有编号为 {code} 的押金卡。</translation>
    </message>
    <message>
        <source>Slip {slip} was already settled on {at}; nothing is owed on it.</source>
        <translation>押金卡 {slip} 已于 {at} 结清，无待结款项。</translation>
    </message>
    <message>
        <source>loan number</source>
        <translation>借用编号</translation>
    </message>
    <message>
        <source>No such loan.</source>
        <translation>没有此借用记录。</translation>
    </message>
    <message>
        <source>Item {code} is retired ({reason}) and cannot be lent.</source>
        <translation>物品 {code} 已停用（{reason}），不能出借。</translation>
    </message>
    <message>
        <source>Item {code} is out on loan; take it back before lending it again.</source>
        <translation>物品 {code} 已借出；请先办理归还，再重新出借。</translation>
    </message>
    <message>
        <source>Items of this kind ({code}) are not lent at the moment.</source>
        <translation>此类物品（{code}）目前暂停出借。</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s mobile number (11 digits, starting with 1).</source>
        <translation>请输入借用人的手机号码（11 位，以 1 开头）。</translation>
    </message>
    <message>
        <source>Choose how the deposit is paid.</source>
        <translation>请选择押金支付方式。</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>以后到期</translation>
    </message>
    <message>
        <source>borrower&apos;s name</source>
        <translation>借用人姓名</translation>
    </message>
    <message>
        <source>Choose the item&apos;s condition.</source>
        <translation>请选择物品状况。</translation>
    </message>
    <message>
        <source>Compensation is 0 or more.</source>
        <translation>赔偿金额不能小于 0。</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>赔偿金额</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Compensation is charged only for a damaged or lost item.</source>
        <translation>仅物品损坏或丢失时才收取赔偿。</translation>
    </message>
    <message>
        <source>Say what is damaged or how the item was lost.</source>
        <translation>请说明损坏情况或丢失经过。</translation>
    </message>
    <message>
        <source>The deposit of slip {slip} was already settled on {at}; it is settled only once.</source>
        <translation>押金卡 {slip} 的押金已于 {at} 结清；押金只能结算一次。</translation>
    </message>
    <message>
        <source>Compensation can be at most {cap} for this item.</source>
        <translation>此物品的赔偿金额最多为 {cap}。</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>replacement price</source>
        <translation>赔偿价</translation>
    </message>
    <message>
        <source>loan period in minutes</source>
        <translation>借用时长（分钟）</translation>
    </message>
    <message>
        <source>A kind of item needs a name in both languages.</source>
        <translation>物品类别须填写中英文名称。</translation>
    </message>
    <message>
        <source>Deposits and replacement prices are 0 or more.</source>
        <translation>押金和赔偿价不能小于 0。</translation>
    </message>
    <message>
        <source>The code is 2 to 32 letters a-z, digits or _ (e.g. umbrella).</source>
        <translation>代码为 2 至 32 个小写字母 a-z、数字或 _（例如 umbrella）。</translation>
    </message>
    <message>
        <source>The label prefix is 1 to 3 letters A-Z (e.g. U).</source>
        <translation>标签前缀为 1 至 3 个大写字母 A-Z（例如 U）。</translation>
    </message>
    <message>
        <source>The loan period must be positive.</source>
        <translation>借用时长必须大于 0。</translation>
    </message>
    <message>
        <source>A kind needs a short code (a-z) and a label prefix of 1 to 3 letters.</source>
        <translation>类别须有简码（a-z）和 1 至 3 个字母的标签前缀。</translation>
    </message>
    <message>
        <source>That code or label prefix is already used by another kind.</source>
        <translation>该简码或标签前缀已被其他类别使用。</translation>
    </message>
    <message>
        <source>kind number</source>
        <translation>类别编号</translation>
    </message>
    <message>
        <source>No such kind of item.</source>
        <translation>没有此物品类别。</translation>
    </message>
    <message>
        <source>Add between 1 and 500 items at once.</source>
        <translation>每次可添加 1 至 500 件物品。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Say why the item is retired.</source>
        <translation>请说明停用原因。</translation>
    </message>
    <message>
        <source>Item {code} is already retired.</source>
        <translation>物品 {code} 已停用。</translation>
    </message>
    <message>
        <source>Item {code} is out on loan; settle the loan first (as lost if it is not coming back).</source>
        <translation>物品 {code} 已借出；请先结清该笔借用（如无法归还，按丢失处理）。</translation>
    </message>
    <message>
        <source>Enter the closing time as HH:MM.</source>
        <translation>请按 HH:MM 格式输入闭店时间。</translation>
    </message>
    <message>
        <source>The sign-off threshold is 0 or more.</source>
        <translation>签核限额不能小于 0。</translation>
    </message>
    <message>
        <source>sign-off threshold</source>
        <translation>签核限额</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an amount; enter yuan such as 12.50.</source>
        <translation>“{text}”不是有效金额，请以元为单位输入，例如 12.50。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; has more than two decimals; the smallest unit is one fen (0.01).</source>
        <translation>“{text}”的小数超过两位；最小单位为 1 分（0.01）。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is too large an amount.</source>
        <translation>“{text}”金额过大。</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通物品</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Perishable</source>
        <translation>易腐物品</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保管中</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Handed to police</source>
        <translation>已移交派出所</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Match found</source>
        <translation>已找到相符物品</translation>
    </message>
    <message>
        <source>place found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>hidden detail</source>
        <translation>隐藏特征</translation>
    </message>
    <message>
        <source>place lost</source>
        <translation>遗失地点</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>row to page on from</source>
        <translation>翻页起始行</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Comment book</source>
        <translation>意见簿</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>其他渠道</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Goods quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>营运部</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业部</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>保安部</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场部</translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number (7 to 12 digits).</source>
        <translation>请输入顾客电话（7 到 12 位数字）。</translation>
    </message>
    <message>
        <source>complaint text</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation>请记录顾客反映的内容。</translation>
    </message>
    <message>
        <source>Unknown kind of feedback: {value}.</source>
        <translation>未知意见类型：{value}。</translation>
    </message>
    <message>
        <source>Unknown channel: {value}.</source>
        <translation>未知渠道：{value}。</translation>
    </message>
    <message>
        <source>Feedback is oral or written, not {value}.</source>
        <translation>意见为口头或书面，不能是 {value}。</translation>
    </message>
    <message>
        <source>Unknown category: {value}.</source>
        <translation>未知类别：{value}。</translation>
    </message>
    <message>
        <source>The scanned comment is too large (8 MB at most).</source>
        <translation>扫描件过大（最大 8 MB）。</translation>
    </message>
    <message>
        <source>shop or area</source>
        <translation>商户或区域</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>No such complaint case.</source>
        <translation>没有该投诉案件。</translation>
    </message>
    <message>
        <source>Case {case} is {status}; it cannot become {target}. Next step: {next}.</source>
        <translation>案件 {case} 当前为“{status}”，不能改为“{target}”。下一步：{next}。</translation>
    </message>
    <message>
        <source>Case {case} is {status}; it cannot become {target}.</source>
        <translation>案件 {case} 当前为“{status}”，不能改为“{target}”。</translation>
    </message>
    <message>
        <source>who the case goes to</source>
        <translation>转交对象</translation>
    </message>
    <message>
        <source>Choose who the case goes to.</source>
        <translation>请选择转交对象。</translation>
    </message>
    <message>
        <source>Say what was done first.</source>
        <translation>请说明首次处理情况。</translation>
    </message>
    <message>
        <source>Say how the case was resolved.</source>
        <translation>请说明解决方式。</translation>
    </message>
    <message>
        <source>The satisfaction score is 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>No score when the customer was not reached.</source>
        <translation>未联系到顾客时不能评分。</translation>
    </message>
    <message>
        <source>You handled case {case}; someone else makes the follow-up call and records the customer&apos;s satisfaction.</source>
        <translation>您处理过案件 {case}，须由其他人回访并记录顾客满意度。</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No complaint case {case}.</source>
        <translation>没有投诉案件 {case}。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Still looking</source>
        <translation>寻找中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customer feedback record</source>
        <translation>顾客意见记录</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Shop or area</source>
        <translation>店铺或区域</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次回应期限</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Thank you for your support of our work. We will pass your comments to the management at once and call you back.</source>
        <translation>谢谢您对我们广场工作的支持，我们会尽快把您的意见转达给主管领导，并回访您。</translation>
    </message>
    <message>
        <source>Desk clerk</source>
        <translation>服务台经办人</translation>
    </message>
    <message>
        <source>Weekly complaint summary</source>
        <translation>每周投诉汇总</translation>
    </message>
    <message>
        <source>Monthly complaint summary</source>
        <translation>月度投诉汇总</translation>
    </message>
    <message>
        <source>First response, average / 90th percentile (hours)</source>
        <translation>首次回应 平均/90%分位（小时）</translation>
    </message>
    <message>
        <source>Resolution, average / 90th percentile (hours)</source>
        <translation>解决用时 平均/90%分位（小时）</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时回应</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By shop or area</source>
        <translation>按店铺或区域</translation>
    </message>
    <message>
        <source>Score {n}</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Kinds: {kinds}</source>
        <translation>类型：{kinds}</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG picture.</source>
        <translation>照片须为 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The photo is too large; take a smaller picture.</source>
        <translation>照片过大，请拍一张小一些的照片。</translation>
    </message>
    <message>
        <source>Say whether staff or a customer found the item.</source>
        <translation>请注明拾获人是员工还是顾客。</translation>
    </message>
    <message>
        <source>Enter the finder&apos;s mobile number (11 digits, starting with 1).</source>
        <translation>请输入拾获人的手机号码（11 位，以 1 开头）。</translation>
    </message>
    <message>
        <source>The finder&apos;s phone is not a mobile number.</source>
        <translation>拾获人的电话不是手机号码。</translation>
    </message>
    <message>
        <source>Enter the counted amount of the cash found.</source>
        <translation>请输入拾获现金的清点金额。</translation>
    </message>
    <message>
        <source>cash found</source>
        <translation>拾获现金</translation>
    </message>
    <message>
        <source>Found cash is counted by two staff: the second person signs in to confirm the amount.</source>
        <translation>拾获现金须由两名员工共同清点：第二人登录确认金额。</translation>
    </message>
    <message>
        <source>The second count must be by another member of staff.</source>
        <translation>第二次清点须由另一名员工进行。</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category.</source>
        <translation>请选择物品类别。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Items are held for a department, a supplier or a customer.</source>
        <translation>代保管对象须为部门、供应商或顾客。</translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to 999.</source>
        <translation>数量为 1 到 999 的整数。</translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation>请描述物品。</translation>
    </message>
    <message>
        <source>Say who the item is held for.</source>
        <translation>请填写代管对象。</translation>
    </message>
    <message>
        <source>Say who left the item.</source>
        <translation>请填写寄存人。</translation>
    </message>
    <message>
        <source>phone of who left it</source>
        <translation>寄存人电话</translation>
    </message>
    <message>
        <source>storage place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Say who picked the item up.</source>
        <translation>请填写取件人。</translation>
    </message>
    <message>
        <source>held item number</source>
        <translation>代保管物品编号</translation>
    </message>
    <message>
        <source>No such held item.</source>
        <translation>没有该代保管物品。</translation>
    </message>
    <message>
        <source>{what} was already picked up by {who}.</source>
        <translation>{what} 已由 {who} 取走。</translation>
    </message>
    <message>
        <source>Still held</source>
        <translation>仍在寄存</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取走</translation>
    </message>
    <message>
        <source>Say where the item was found.</source>
        <translation>请填写拾获地点。</translation>
    </message>
    <message>
        <source>Note one identifying detail that only the owner would know; it is never shown in lists.</source>
        <translation>请记录一个只有失主才知道的识别特征；该特征不会显示在任何列表中。</translation>
    </message>
    <message>
        <source>The quantity is 1 or more.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>time found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>The time found cannot be in the future.</source>
        <translation>拾获时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>finder&apos;s name</source>
        <translation>拾获人姓名</translation>
    </message>
    <message>
        <source>Describe what was lost.</source>
        <translation>请描述遗失的物品。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number (11 digits, starting with 1).</source>
        <translation>请输入顾客的手机号码（11 位，以 1 开头）。</translation>
    </message>
    <message>
        <source>time lost</source>
        <translation>遗失时间</translation>
    </message>
    <message>
        <source>The time lost runs from the earlier to the later time.</source>
        <translation>遗失时间应从较早的时间到较晚的时间。</translation>
    </message>
    <message>
        <source>found item number</source>
        <translation>拾获物品编号</translation>
    </message>
    <message>
        <source>No such found item.</source>
        <translation>没有该拾获物品。</translation>
    </message>
    <message>
        <source>tag number</source>
        <translation>标签号</translation>
    </message>
    <message>
        <source>No found item with tag {tag}.</source>
        <translation>没有标签号为 {tag} 的拾获物品。</translation>
    </message>
    <message>
        <source>lost report number</source>
        <translation>寻物登记编号</translation>
    </message>
    <message>
        <source>No such lost report.</source>
        <translation>没有该寻物登记。</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Choose the {field} from the list.</source>
        <translation>请从列表中选择{field}。</translation>
    </message>
    <message>
        <source>Item {tag} is no longer held ({status}); a found item leaves the desk only once.</source>
        <translation>物品 {tag} 已不在保管中（{status}）；拾获物品只能离开服务台一次。</translation>
    </message>
    <message>
        <source>officer&apos;s name</source>
        <translation>民警姓名</translation>
    </message>
    <message>
        <source>police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Record the officer&apos;s name and the police station.</source>
        <translation>请记录接收民警姓名和派出所。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Record how the item is disposed of and who witnessed it.</source>
        <translation>请记录处置方式和见证人。</translation>
    </message>
    <message>
        <source>{category} items are handed to the police, not disposed of.</source>
        <translation>{category}须移交派出所，不得自行处置。</translation>
    </message>
    <message>
        <source>Item {tag} is kept until {until}; it cannot be disposed of before its retention period has passed.</source>
        <translation>物品 {tag} 保管至 {until}；保管期满前不得处置。</translation>
    </message>
    <message>
        <source>Hand to police</source>
        <translation>需移交派出所</translation>
    </message>
    <message>
        <source>May be disposed</source>
        <translation>可处置</translation>
    </message>
    <message>
        <source>Retention ends soon</source>
        <translation>保管期即将届满</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Deposit taken</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Deposit forfeited</source>
        <translation>扣除押金</translation>
    </message>
    <message>
        <source>Compensation for damage or loss</source>
        <translation>损坏或丢失赔偿</translation>
    </message>
    <message>
        <source>Service income</source>
        <translation>服务收入</translation>
    </message>
    <message>
        <source>Service sale voided</source>
        <translation>服务收费作废</translation>
    </message>
    <message>
        <source>Card reissue fee</source>
        <translation>补卡费</translation>
    </message>
    <message>
        <source>Unknown note or coin: {value}.</source>
        <translation>未知面额：{value}。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Choose a day, a week or a month.</source>
        <translation>请选择日、周或月。</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Customers satisfied (their own ratings)</source>
        <translation>顾客满意率（顾客自评）</translation>
    </message>
    <message>
        <source>Rated by the customer</source>
        <translation>顾客自评数</translation>
    </message>
    <message>
        <source>Satisfied, ratings keyed by the clerk</source>
        <translation>满意率（员工代录）</translation>
    </message>
    <message>
        <source>Quality-check score</source>
        <translation>质检得分率</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>质检次数</translation>
    </message>
    <message>
        <source>Hotline calls answered in time</source>
        <translation>热线及时接听率</translation>
    </message>
    <message>
        <source>Average time to answer</source>
        <translation>平均接听时间</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Hotline calls answered</source>
        <translation>热线接听数</translation>
    </message>
    <message>
        <source>Calls missed (caller hung up)</source>
        <translation>未接来电（来电方挂断）</translation>
    </message>
    <message>
        <source>Complaint first response, average</source>
        <translation>投诉首次响应（平均）</translation>
    </message>
    <message>
        <source>Complaint resolution, average</source>
        <translation>投诉解决（平均）</translation>
    </message>
    <message>
        <source>Complaints answered in time</source>
        <translation>投诉按时响应率</translation>
    </message>
    <message>
        <source>Follow-up satisfaction (1–5)</source>
        <translation>回访满意度（1–5）</translation>
    </message>
    <message>
        <source>Settled at the first contact</source>
        <translation>首问解决率</translation>
    </message>
    <message>
        <source>Count whole notes and coins (0 or more).</source>
        <translation>请按整张、整枚清点（数量不能小于 0）。</translation>
    </message>
    <message>
        <source>number of notes or coins</source>
        <translation>钞票或硬币张数</translation>
    </message>
    <message>
        <source>shift number</source>
        <translation>班次编号</translation>
    </message>
    <message>
        <source>No shift is open at this desk, so no money can be taken or paid out. Open a shift first: on the Shift page, count the cash float and press Open shift.</source>
        <translation>本服务台尚未开班，不能收款或付款。请先开班：在“班次”页面清点备用金，然后点击“开班”。</translation>
    </message>
    <message>
        <source>A shift is already open at this desk; close it before opening another.</source>
        <translation>本服务台已有班次在进行中；请先交班，再开新班。</translation>
    </message>
    <message>
        <source>Unknown payment method: {method}.</source>
        <translation>未知支付方式：{method}。</translation>
    </message>
    <message>
        <source>The cash of the open shift at desk {desk} is not counted yet, and its totals stay hidden until it is (blind close). Count the drawer on the Shift page first.</source>
        <translation>柜台 {desk} 当班的现金尚未清点，清点前其合计不予显示（盲点）。请先在“班次”页清点钱箱。</translation>
    </message>
    <message>
        <source>Count the cash in the drawer first; the expected cash shows after it.</source>
        <translation>请先清点钱箱现金；清点后才显示应有现金。</translation>
    </message>
    <message>
        <source>Money moved after the count; count the drawer again to close.</source>
        <translation>清点后又有收付，请重新清点钱箱再交班。</translation>
    </message>
    <message>
        <source>The counted cash differs from the expected cash by {diff}; enter a reason for the difference before closing.</source>
        <translation>清点现金与应有现金相差 {diff}；请先填写差额原因再交班。</translation>
    </message>
    <message>
        <source>An earlier count of this drawer differed from the expected cash; enter a reason for the recount before closing.</source>
        <translation>此前一次清点与应有现金不符；交班前请填写重新清点的原因。</translation>
    </message>
    <message>
        <source>A difference of more than {limit} needs a shift lead&apos;s sign-off with their password.</source>
        <translation>差额超过 {limit}，须由领班输入密码签核。</translation>
    </message>
    <message>
        <source>No such shift.</source>
        <translation>没有此班次。</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Printed {at}</source>
        <translation>打印于 {at}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>铺位号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Floor guide {floor}</source>
        <translation>{floor} 楼层导览</translation>
    </message>
    <message>
        <source>{n} shops</source>
        <translation>{n} 家店铺</translation>
    </message>
    <message>
        <source>Service points on this floor</source>
        <translation>本层服务设施</translation>
    </message>
    <message>
        <source>Ask at the service desk for anything you cannot find.</source>
        <translation>如有找不到的店铺或设施，请到服务台咨询。</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Keep this tag with the item. The owner claims it at the service desk with a valid ID; the item is released only after its details are checked and the owner has signed.</source>
        <translation>此标签须随物品保存。失主凭有效证件到服务台认领；信息核对无误并签字后方可发还。</translation>
    </message>
    <message>
        <source>I have received the item described above, checked it and found it complete. 信息确认无误，签字确认。</source>
        <translation>本人已领回上述物品，经核对完好无缺。信息确认无误，签字确认。</translation>
    </message>
    <message>
        <source>Tag no.</source>
        <translation>标签号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <translation>副本 {n}</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Described as</source>
        <translation>认领人描述</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>认领时间</translation>
    </message>
    <message>
        <source>This item has not been claimed.</source>
        <translation>该物品尚未被认领。</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>A shop needs a Chinese name.</source>
        <translation>店铺需要填写中文名称。</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters.</source>
        <translation>{field}超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>The tax ID {tax_id} is not a valid unified social credit code (18 characters with a correct check character).</source>
        <translation>税号 {tax_id} 不是有效的统一社会信用代码（应为 18 位且校验位正确）。</translation>
    </message>
    <message>
        <source>Unit {unit} is already taken by {shop}; close that shop first.</source>
        <translation>铺位 {unit} 已由 {shop} 使用；请先将该店铺设为停业。</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>洗手间</translation>
    </message>
    <message>
        <source>Nursing room</source>
        <translation>母婴室</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>自动取款机</translation>
    </message>
    <message>
        <source>Parking pay station</source>
        <translation>停车缴费机</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Escalator</source>
        <translation>自动扶梯</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Phone charging</source>
        <translation>手机充电</translation>
    </message>
    <message>
        <source>Opening hours look like 10:00-22:00 (or stay empty for the mall&apos;s hours).</source>
        <translation>营业时间格式为 10:00-22:00（留空则按商场营业时间）。</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>shop number</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <source>No shop with number {id}.</source>
        <translation>没有编号为 {id} 的店铺。</translation>
    </message>
    <message>
        <source>Choose what kind of facility it is.</source>
        <translation>请选择设施类型。</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Chinese name of the floor</source>
        <translation>楼层中文名</translation>
    </message>
    <message>
        <source>English name of the floor</source>
        <translation>楼层英文名</translation>
    </message>
    <message>
        <source>floor number</source>
        <translation>楼层编号</translation>
    </message>
    <message>
        <source>No such floor.</source>
        <translation>没有这个楼层。</translation>
    </message>
    <message>
        <source>Choose the floor.</source>
        <translation>请选择楼层。</translation>
    </message>
    <message>
        <source>There is no floor {floor} in use; add it under Settings › Directory first.</source>
        <translation>没有在用的楼层 {floor}；请先在“设置 › 导购”中添加。</translation>
    </message>
    <message>
        <source>A floor code is 1 to 8 letters, digits or -, starting with a letter or a digit (for example B1, L2 or 3F).</source>
        <translation>楼层代码为 1 到 8 个字母、数字或 -，以字母或数字开头（例如 B1、L2 或 3F）。</translation>
    </message>
    <message>
        <source>Floor {floor} is already in the list.</source>
        <translation>楼层 {floor} 已在列表中。</translation>
    </message>
    <message>
        <source>Floor {floor} is in the list but retired; bring it back instead.</source>
        <translation>楼层 {floor} 已在列表中但已停用；请将其恢复使用。</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>floor in use</source>
        <translation>楼层在用</translation>
    </message>
    <message>
        <source>Floor {floor} cannot be retired while shops or facilities stand on it (open shops: {shops}; facilities in service: {facilities}). Move or close them first.</source>
        <translation>楼层 {floor} 上仍有店铺或设施，不能停用（营业店铺：{shops}；在用设施：{facilities}）。请先迁移或关闭它们。</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Give the floor of the {what}.</source>
        <translation>请填写{what}所在楼层。</translation>
    </message>
    <message>
        <source>facility number</source>
        <translation>设施编号</translation>
    </message>
    <message>
        <source>No such facility.</source>
        <translation>没有该设施。</translation>
    </message>
    <message>
        <source>This shop or facility is not in the directory (closed or out of service).</source>
        <translation>该店铺或设施不在导购目录中（已关闭或暂停使用）。</translation>
    </message>
    <message>
        <source>shop open</source>
        <translation>店铺营业</translation>
    </message>
    <message>
        <source>facility in service</source>
        <translation>设施启用</translation>
    </message>
    <message>
        <source>The file was not imported and nothing was changed. Fix these {count} problem(s) and import it again:</source>
        <translation>文件未导入，数据没有任何改动。请修正以下 {count} 个问题后重新导入：</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>……另有 {n} 个问题。</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>文件不是 UTF-8 编码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。</translation>
    </message>
    <message>
        <source>The column {column} appears twice.</source>
        <translation>列 {column} 出现了两次。</translation>
    </message>
    <message>
        <source>The first line must name the columns, with a Chinese name column (name_zh, 中文名称 or 店铺名称).</source>
        <translation>第一行必须是列名，并包含中文名称列（name_zh、中文名称或店铺名称）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; does not say whether the shop is open (use 1 or 0, 是 or 否).</source>
        <translation>“{value}”无法表示是否营业（请填 1 或 0、是或否）。</translation>
    </message>
    <message>
        <source>This line has more values than the first line has columns.</source>
        <translation>此行的值多于第一行的列数。</translation>
    </message>
    <message>
        <source>The CSV cannot be read here: {reason}</source>
        <translation>此处的 CSV 无法解析：{reason}</translation>
    </message>
    <message>
        <source>The file names its columns but has no shops in it.</source>
        <translation>文件只有列名，没有店铺数据。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Several open shops are named {name}; give the unit to say which one.</source>
        <translation>有多家营业中的店铺名为 {name}；请填写铺位号以指明是哪一家。</translation>
    </message>
    <message>
        <source>This line is about the same shop as line {other}.</source>
        <translation>此行与第 {other} 行是同一家店铺。</translation>
    </message>
    <message>
        <source>Unit {unit} is also given to an open shop on line {other}.</source>
        <translation>铺位 {unit} 在第 {other} 行也分配给了营业中的店铺。</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
    <message>
        <source>If every line below is sharp and complete and the QR code scans, this printer is ready for the desk&apos;s documents.</source>
        <translation>如果下面每一行都清晰完整且二维码可以扫描，这台打印机即可用于服务台单据。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Red-letter invoice</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>E-invoice no.</source>
        <translation>电子发票号码</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>冲红原发票</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>销售方</translation>
    </message>
    <message>
        <source>Seller tax ID</source>
        <translation>销售方税号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Buyer tax ID</source>
        <translation>购买方税号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total incl. tax</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Purchase receipts: {list}</source>
        <translation>购物小票：{list}</translation>
    </message>
    <message>
        <source>Prices include tax; the tax of each line is rounded half-up to the fen.</source>
        <translation>价格含税；每行税额四舍五入到分。</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>开票人</translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation>发票登记簿</translation>
    </message>
    <message>
        <source>Red-letter of {no}</source>
        <translation>{no} 的红字发票</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Red-letter</source>
        <translation>红字</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Scan with a phone or the counter&apos;s scanner</source>
        <translation>请用手机或柜台扫码枪扫描</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>第 {page} / {pages} 页</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 毫米小票纸</translation>
    </message>
    <message>
        <source>58 mm receipt roll</source>
        <translation>58 毫米小票卷纸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>积分卡</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <source>Desk services</source>
        <translation>服务台服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>answer number</source>
        <translation>答复编号</translation>
    </message>
    <message>
        <source>No such answer.</source>
        <translation>没有该答复。</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} 不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Choose the topic of the answer.</source>
        <translation>请选择答复的主题。</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>An answer needs a Chinese title and a Chinese text.</source>
        <translation>答复需要中文标题和中文内容。</translation>
    </message>
    <message>
        <source>Titles stay under {title} characters and texts under {body}.</source>
        <translation>标题不超过 {title} 个字符，内容不超过 {body} 个字符。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A promotion needs its end date, so it stops being offered when it ends.</source>
        <translation>促销活动需要填写结束日期，到期后将不再向顾客介绍。</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>问路导购</translation>
    </message>
    <message>
        <source>Lost item</source>
        <translation>失物</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Choose what the visitor asked about.</source>
        <translation>请选择顾客咨询的类型。</translation>
    </message>
    <message>
        <source>Choose counter or hotline.</source>
        <translation>请选择柜台或热线。</translation>
    </message>
    <message>
        <source>Only a hotline call has a time to answer.</source>
        <translation>只有热线电话才记录接听时间。</translation>
    </message>
    <message>
        <source>The time to answer is between 0 and 600 seconds.</source>
        <translation>接听时间应在 0 到 600 秒之间。</translation>
    </message>
    <message>
        <source>inquiry number</source>
        <translation>咨询记录编号</translation>
    </message>
    <message>
        <source>No such inquiry.</source>
        <translation>没有该咨询记录。</translation>
    </message>
    <message>
        <source>This inquiry was already taken back.</source>
        <translation>该咨询记录已撤回。</translation>
    </message>
    <message>
        <source>Only your own inquiry of the last {n} minutes can be taken back.</source>
        <translation>只能撤回您本人最近 {n} 分钟内的咨询记录。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Item {tag} has had {n} wrong answers to its identifying detail: a supervisor must release it before the claimant may try again.</source>
        <translation>物品 {tag} 的识别细节已答错 {n} 次：须主管放行后认领人才能再试。</translation>
    </message>
    <message>
        <source>Say why the claimant may try again (for example the ID seen).</source>
        <translation>请说明为何允许认领人再试（例如已核验的证件）。</translation>
    </message>
    <message>
        <source>Item {tag} is not locked: the claimant may still answer.</source>
        <translation>物品 {tag} 未锁定：认领人仍可作答。</translation>
    </message>
    <message>
        <source>Choose the claimant&apos;s type of ID.</source>
        <translation>请选择认领人的证件类型。</translation>
    </message>
    <message>
        <source>The resident ID number is not valid (18 characters with a correct check character).</source>
        <translation>居民身份证号码无效（应为 18 位且校验码正确）。</translation>
    </message>
    <message>
        <source>Enter the claimant&apos;s ID number.</source>
        <translation>请输入认领人的证件号码。</translation>
    </message>
    <message>
        <source>claimant&apos;s name</source>
        <translation>认领人姓名</translation>
    </message>
    <message>
        <source>Enter the claimant&apos;s name.</source>
        <translation>请输入认领人姓名。</translation>
    </message>
    <message>
        <source>Enter the claimant&apos;s mobile number (11 digits, starting with 1).</source>
        <translation>请输入认领人的手机号码（11 位，以 1 开头）。</translation>
    </message>
    <message>
        <source>Ask the claimant for the quantity, colour and main features, and confirm they agree with the record.</source>
        <translation>请仔细询问认领人失物的数量、颜色及主要特征，并确认与登记记录相符。</translation>
    </message>
    <message>
        <source>The claimant must sign on screen before the item is released.</source>
        <translation>认领人须先在屏幕上签名，才能发还物品。</translation>
    </message>
    <message>
        <source>The identifying detail the claimant gave does not agree with the record; the item is not released.</source>
        <translation>认领人所述识别特征与登记记录不符，物品不予发还。</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Choose the type of ID document.</source>
        <translation>请选择证件类型。</translation>
    </message>
    <message>
        <source>Enter the ID document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters: 17 digits and a check digit or X.</source>
        <translation>居民身份证号码为 18 位：17 位数字加 1 位校验码（数字或 X）。</translation>
    </message>
    <message>
        <source>The birth date in this resident ID number is not a real date.</source>
        <translation>此身份证号码中的出生日期无效。</translation>
    </message>
    <message>
        <source>The check digit of this resident ID number is wrong; please read the number again.</source>
        <translation>此身份证号码的校验码不正确，请重新核对号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码为 5 至 17 位字母和数字。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 or 10 digits.</source>
        <translation>台湾居民来往大陆通行证号码为 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>The members&apos; ID key could not be read ({reason}).</source>
        <translation>无法读取会员证件密钥（{reason}）。</translation>
    </message>
    <message>
        <source>The members&apos; ID key could not be stored ({reason}).</source>
        <translation>无法保存会员证件密钥（{reason}）。</translation>
    </message>
    <message>
        <source>The members&apos; ID key of this site is not on this computer (a new PC, or a restored backup). An admin enters it from the key recovery sheet (Settings → Backups) before ID checks work again.</source>
        <translation>本站点的会员证件密钥不在这台电脑上（新电脑或恢复的备份）。须由管理员从密钥恢复单录入（设置 → 备份），证件核验才能恢复。</translation>
    </message>
    <message>
        <source>The members&apos; ID key on this computer does not belong to this database. An admin enters the right one from the key recovery sheet.</source>
        <translation>这台电脑上的会员证件密钥不属于此数据库。请由管理员从密钥恢复单录入正确的密钥。</translation>
    </message>
    <message>
        <source>The key on the recovery sheet has 64 characters, 0-9 and a-f.</source>
        <translation>恢复单上的密钥有 64 个字符，由 0-9 和 a-f 组成。</translation>
    </message>
    <message>
        <source>This key does not belong to this site&apos;s database; check the sheet.</source>
        <translation>此密钥不属于本站点的数据库；请核对恢复单。</translation>
    </message>
    <message>
        <source>Members&apos; ID key: recovery sheet</source>
        <translation>会员证件密钥：恢复单</translation>
    </message>
    <message>
        <source>This key unlocks the checks of members&apos; ID numbers. It is kept on the desk&apos;s PC, never in the database or a backup, so a lost backup reveals no ID number. Keep this sheet in the safe; whoever holds it and a backup can recover ID numbers.</source>
        <translation>此密钥用于核验会员证件号码。它只保存在服务台电脑上，从不放入数据库或备份，因此丢失的备份不会泄露任何证件号码。请将本单放入保险柜；同时持有本单和备份的人可以还原证件号码。</translation>
    </message>
    <message>
        <source>Scan at Settings → Backups → Enter the ID key</source>
        <translation>在 设置 → 备份 → 录入证件密钥 处扫描</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>After a restore on a new PC: sign in as an admin, open Settings → Backups, choose &apos;Enter the ID key from the recovery sheet…&apos; and scan the QR code (or type the key). The desk checks it against the database before it is kept.</source>
        <translation>在新电脑上恢复后：以管理员身份登录，打开 设置 → 备份，选择“从恢复单录入证件密钥…”，扫描二维码（或输入密钥）。服务台会先与数据库核对，再保存密钥。</translation>
    </message>
    <message>
        <source>Audit trail key</source>
        <translation>审计链密钥</translation>
    </message>
    <message>
        <source>Receipt {number} of {date} from this shop has already earned points; a receipt earns points only once.</source>
        <translation>该店铺 {date} 的小票 {number} 已积过分；每张小票只能积分一次。</translation>
    </message>
    <message>
        <source>This receipt has already earned points.</source>
        <translation>这张小票已积过分。</translation>
    </message>
    <message>
        <source>Receipt {number} of {date} from this shop never earned points.</source>
        <translation>该店铺 {date} 的小票 {number} 未曾积分。</translation>
    </message>
    <message>
        <source>The points of receipt {number} were already taken back.</source>
        <translation>小票 {number} 的积分已扣回。</translation>
    </message>
    <message>
        <source>The member has fewer than the {points} points of this receipt left; the gifts redeemed with them must come back first.</source>
        <translation>会员剩余积分不足这张小票的 {points} 分；须先退回用这些积分兑换的礼品。</translation>
    </message>
    <message>
        <source>Enter the points to add (1 or more).</source>
        <translation>请输入要补录的积分（至少 1 分）。</translation>
    </message>
    <message>
        <source>Say why the points are added by hand (for example the receipt number).</source>
        <translation>请说明补录积分的原因（例如小票号）。</translation>
    </message>
    <message>
        <source>Today&apos;s manual points for this member would reach {total}, above the cap of {cap}: a supervisor must sign off.</source>
        <translation>该会员今日补录积分将达到 {total} 分，超过上限 {cap} 分，须由主管签核。</translation>
    </message>
    <message>
        <source>Redeem at least one.</source>
        <translation>兑换数量至少为 1。</translation>
    </message>
    <message>
        <source>This gift is not in the catalogue.</source>
        <translation>礼品目录中没有此礼品。</translation>
    </message>
    <message>
        <source>Only {stock} of this gift are in stock.</source>
        <translation>此礼品库存仅剩 {stock} 件。</translation>
    </message>
    <message>
        <source>This needs {cost} points; the member has {have}.</source>
        <translation>需要 {cost} 积分，会员现有 {have} 积分。</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>A gift costs 1 point or more.</source>
        <translation>礼品所需积分至少为 1。</translation>
    </message>
    <message>
        <source>points cost</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>gift code</source>
        <translation>礼品代码</translation>
    </message>
    <message>
        <source>A gift code is 1 to 20 letters, digits or dashes.</source>
        <translation>礼品编码须为 1 至 20 个字母、数字或短横线。</translation>
    </message>
    <message>
        <source>Enter the gift&apos;s Chinese name.</source>
        <translation>请输入礼品中文名称。</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Gift code {code} is taken.</source>
        <translation>礼品编码 {code} 已被占用。</translation>
    </message>
    <message>
        <source>in the catalogue</source>
        <translation>列入兑换目录</translation>
    </message>
    <message>
        <source>Add 1 or more to the stock.</source>
        <translation>入库数量至少为 1。</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rules are whole numbers, 0 or more.</source>
        <translation>规则数值须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>The points rate and the points lifetime must be more than 0.</source>
        <translation>积分比例和积分有效期必须大于 0。</translation>
    </message>
    <message>
        <source>No member card {card}.</source>
        <translation>没有会员卡 {card}。</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card {card} belonged to a member erased on request; it is closed.</source>
        <translation>卡 {card} 的会员已应本人要求注销，此卡已关闭。</translation>
    </message>
    <message>
        <source>Card {card} was reported lost on {at} and is blocked. Reissue a card to the member first.</source>
        <translation>会员卡 {card} 已于 {at} 挂失并冻结。请先为会员补办新卡。</translation>
    </message>
    <message>
        <source>Card {card} was replaced by card {new}; it can never earn or redeem points again.</source>
        <translation>会员卡 {card} 已换为新卡 {new}，不能再积分或兑换。</translation>
    </message>
    <message>
        <source>Choose the shop of the receipt.</source>
        <translation>请选择小票所属店铺。</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Enter the receipt number.</source>
        <translation>请输入小票号。</translation>
    </message>
    <message>
        <source>Enter the receipt amount.</source>
        <translation>请输入小票金额。</translation>
    </message>
    <message>
        <source>receipt amount</source>
        <translation>小票金额</translation>
    </message>
    <message>
        <source>receipt date</source>
        <translation>小票日期</translation>
    </message>
    <message>
        <source>The receipt date is in the future.</source>
        <translation>小票日期晚于今天。</translation>
    </message>
    <message>
        <source>The receipt of {date} is older than {days} days and cannot earn points.</source>
        <translation>{date} 的小票已超过 {days} 天，不能积分。</translation>
    </message>
    <message>
        <source>The receipt ({amount}) is below the {threshold} needed to enrol.</source>
        <translation>小票金额（{amount}）未达到入会所需的 {threshold}。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Lost, blocked</source>
        <translation>已挂失冻结</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已换卡</translation>
    </message>
    <message>
        <source>member&apos;s name</source>
        <translation>会员姓名</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
    <message>
        <source>The name is too long (60 at most).</source>
        <translation>姓名过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s mobile number (11 digits, starting with 1).</source>
        <translation>请输入会员手机号码（11 位，以 1 开头）。</translation>
    </message>
    <message>
        <source>This ID document is already enrolled (card {card}).</source>
        <translation>此证件已办理会员（卡号 {card}）。</translation>
    </message>
    <message>
        <source>This phone number is already enrolled (card {card}).</source>
        <translation>此手机号码已办理会员（卡号 {card}）。</translation>
    </message>
    <message>
        <source>card status</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>audit anchor</source>
        <translation>审计锚码</translation>
    </message>
    <message>
        <source>from</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The span ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>More than {n} rows: narrow the span or the filters.</source>
        <translation>超过 {n} 行：请缩小日期范围或筛选条件。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>No such member.</source>
        <translation>没有此会员。</translation>
    </message>
    <message>
        <source>Card {card} is already blocked ({at}).</source>
        <translation>会员卡 {card} 已冻结（{at}）。</translation>
    </message>
    <message>
        <source>Choose how the fee is paid.</source>
        <translation>请选择费用支付方式。</translation>
    </message>
    <message>
        <source>Card {card} was already replaced by card {new}.</source>
        <translation>会员卡 {card} 已换为新卡 {new}。</translation>
    </message>
    <message>
        <source>The ID document does not match the one this member enrolled with.</source>
        <translation>证件与该会员入会时登记的证件不符。</translation>
    </message>
    <message>
        <source>This member already has a new card.</source>
        <translation>该会员已办理新卡。</translation>
    </message>
    <message>
        <source>Floor guide</source>
        <translation>楼层导览</translation>
    </message>
    <message>
        <source>This database has no file to back up.</source>
        <translation>此数据库没有可备份的文件。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. The desk&apos;s own data is safe; free some space there or choose another backup folder.</source>
        <translation>无法将备份写入 {folder}：磁盘已满。服务台自身的数据是安全的；请在那里释放空间或选择其他备份文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: it is read-only. The desk&apos;s own data is safe; choose a folder you may write to.</source>
        <translation>无法将备份写入 {folder}：该位置为只读。服务台自身的数据是安全的；请选择可写入的文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk reported an error. The desk&apos;s own data is safe; check the disk or choose another backup folder.</source>
        <translation>无法将备份写入 {folder}：磁盘报告错误。服务台自身的数据是安全的；请检查磁盘或选择其他备份文件夹。</translation>
    </message>
    <message>
        <source>{path} is one of the desk&apos;s own files (the database, its journal, a key, or the backup rotation folder); choose another file for the copy. Nothing was written.</source>
        <translation>{path} 是服务台自己的文件（数据库、其日志文件、密钥或备份轮换文件夹）；请为副本选择其他文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}); it was not kept.</source>
        <translation>备份副本未通过检查（{problem}），未予保留。</translation>
    </message>
    <message>
        <source>The copy of the server&apos;s database could not be checked: this login may not create the scratch database the check restores into ({cause}). Take backups with the schema owner&apos;s login (frontdesk backup --db postgresql://OWNER@host/site); nothing was kept.</source>
        <translation>无法检查服务器数据库的副本：此登录无权创建检查时用于还原的临时数据库（{cause}）。请用结构所有者的登录备份（frontdesk backup --db postgresql://OWNER@主机/站点）；未保留任何副本。</translation>
    </message>
    <message>
        <source>The copy of the server&apos;s database failed ({cause}); nothing was kept.</source>
        <translation>服务器数据库的备份失败（{cause}）；未保留任何副本。</translation>
    </message>
    <message>
        <source>daily copies kept</source>
        <translation>每日备份保留份数</translation>
    </message>
    <message>
        <source>monthly copies kept</source>
        <translation>每月备份保留份数</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path (for example D:\Backups or /home/desk/backups), not {folder}.</source>
        <translation>备份文件夹须为完整路径（例如 D:\Backups 或 /home/desk/backups），不能是 {folder}。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a folder.</source>
        <translation>{folder} 是文件，不是文件夹：请选择一个文件夹。</translation>
    </message>
    <message>
        <source>{path} is the database itself; nothing was changed.</source>
        <translation>{path} 就是数据库本身；未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is not a backup of this site: only an admin of this site may put it in place, with their own password. Nothing was changed.</source>
        <translation>{path} 不是本站点的备份：只有本站点的管理员用自己的密码才能将其恢复。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is not a backup of this site, and the current database cannot be read to let its admin sign for it. Nothing was changed.</source>
        <translation>{path} 不是本站点的备份，且当前数据库无法读取，无法由其管理员签字确认。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>无法将备份写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a sound backup ({problem}); nothing was changed.</source>
        <translation>{path} 不是完好的备份（{problem}）；未作任何改动。</translation>
    </message>
    <message>
        <source>Opening hours are written like 10:00-22:00.</source>
        <translation>营业时间格式如 10:00-22:00。</translation>
    </message>
    <message>
        <source>Opening hours must close after they open.</source>
        <translation>营业时间的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>发票至少需要一行明细。</translation>
    </message>
    <message>
        <source>An invoice holds at most {n} lines.</source>
        <translation>一张发票最多 {n} 行。</translation>
    </message>
    <message>
        <source>line description</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Each line needs a description.</source>
        <translation>每行都需要填写项目名称。</translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to 99999.</source>
        <translation>数量须为 1 至 99999 的整数。</translation>
    </message>
    <message>
        <source>A unit price is more than ¥0.00.</source>
        <translation>单价须大于 ¥0.00。</translation>
    </message>
    <message>
        <source>The tax rate {rate}% is not one of 0, 1, 3, 5, 6, 9, 13%.</source>
        <translation>税率 {rate}% 不在 0、1、3、5、6、9、13% 之列。</translation>
    </message>
    <message>
        <source>The buyer is a person or a company.</source>
        <translation>购买方为个人或单位。</translation>
    </message>
    <message>
        <source>buyer&apos;s name</source>
        <translation>购买方名称</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s name.</source>
        <translation>请输入购买方名称。</translation>
    </message>
    <message>
        <source>buyer&apos;s taxpayer ID</source>
        <translation>购买方纳税人识别号</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a valid unified social credit code: it has 18 characters and its last one is a check character.</source>
        <translation>“{code}”不是有效的统一社会信用代码：代码为 18 位，最后一位是校验码。</translation>
    </message>
    <message>
        <source>purchase receipt number</source>
        <translation>购物小票号</translation>
    </message>
    <message>
        <source>amount of the purchase receipt</source>
        <translation>购物小票金额</translation>
    </message>
    <message>
        <source>Enter the purchase receipt(s) the invoice is for; an invoice matches the money its receipts record.</source>
        <translation>请输入本发票对应的购物小票；发票须与小票记录的金额相符。</translation>
    </message>
    <message>
        <source>An invoice covers at most {n} receipts.</source>
        <translation>一张发票最多对应 {n} 张购物小票。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is already invoiced on {invoice} ({at}); a purchase receipt is invoiced once.</source>
        <translation>小票 {receipt} 已开具发票 {invoice}（{at}）；每张购物小票只能开票一次。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is not a standing receipt of this desk.</source>
        <translation>收据 {receipt} 不是本服务台的有效收据。</translation>
    </message>
    <message>
        <source>Desk receipt {receipt} was paid {paid}, not {typed}; the desk&apos;s record is what the invoice is checked against.</source>
        <translation>服务台小票 {receipt} 实收 {paid}，不是 {typed}；发票以服务台的记录为准核对。</translation>
    </message>
    <message>
        <source>Enter the amount of purchase receipt {receipt} as printed on it.</source>
        <translation>请按小票所印输入购物小票 {receipt} 的金额。</translation>
    </message>
    <message>
        <source>The invoice comes to {total} but its receipts ({receipts}) record only {recorded}; an invoice never exceeds the money it is for.</source>
        <translation>发票金额为 {total}，但其小票（{receipts}）只记录了 {recorded}；发票金额不得超过实际收款。</translation>
    </message>
    <message>
        <source>No open shop with that id.</source>
        <translation>没有该营业中的商户。</translation>
    </message>
    <message>
        <source>e-invoice number</source>
        <translation>电子发票号码</translation>
    </message>
    <message>
        <source>An e-invoice number has exactly 20 digits.</source>
        <translation>电子发票号码为 20 位数字。</translation>
    </message>
    <message>
        <source>E-invoice number {no} is already on invoice {invoice}.</source>
        <translation>电子发票号码 {no} 已用于发票 {invoice}。</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>No invoice {no}.</source>
        <translation>没有发票 {no}。</translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation>请填写发票作废原因。</translation>
    </message>
    <message>
        <source>Invoice {no} was already voided on {at}.</source>
        <translation>发票 {no} 已于 {at} 作废。</translation>
    </message>
    <message>
        <source>Invoice {no} was issued in an earlier month ({at}) and can no longer be voided; issue a red-letter invoice for it instead.</source>
        <translation>发票 {no} 开具于以前月份（{at}），不能再作废；请改开红字发票。</translation>
    </message>
    <message>
        <source>Invoice {no} has red-letter invoices; void those first.</source>
        <translation>发票 {no} 已有红字发票，请先作废红字发票。</translation>
    </message>
    <message>
        <source>Line {line} of invoice {no} has {left} left to credit; a red-letter invoice never exceeds the original.</source>
        <translation>发票 {no} 第 {line} 行可冲红数量为 {left}；红字发票不得超过原发票。</translation>
    </message>
    <message>
        <source>Nothing is left to credit on invoice {no}.</source>
        <translation>发票 {no} 已无可冲红金额。</translation>
    </message>
    <message>
        <source>Say why the invoice is credited.</source>
        <translation>请填写冲红原因。</translation>
    </message>
    <message>
        <source>Invoice {no} is voided or is itself a red-letter; it cannot be credited.</source>
        <translation>发票 {no} 已作废或本身是红字发票，不能冲红。</translation>
    </message>
    <message>
        <source>Invoice {no} was issued this month: void it instead of issuing a red-letter invoice.</source>
        <translation>发票 {no} 为本月开具：请直接作废，无需开红字发票。</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>service number</source>
        <translation>服务编号</translation>
    </message>
    <message>
        <source>A price is between ¥0.00 and ¥10,000.00.</source>
        <translation>价格须在 ¥0.00 至 ¥10，000.00 之间。</translation>
    </message>
    <message>
        <source>A service needs a Chinese and an English name.</source>
        <translation>服务须有中文名和英文名。</translation>
    </message>
    <message>
        <source>No such service on the price list.</source>
        <translation>价目表中没有该服务。</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>服务代码</translation>
    </message>
    <message>
        <source>A service code is 1-20 letters, digits, - or _.</source>
        <translation>服务代码为 1-20 位字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>There is already a service with code {code}.</source>
        <translation>已有代码为 {code} 的服务。</translation>
    </message>
    <message>
        <source>Chinese unit</source>
        <translation>中文单位</translation>
    </message>
    <message>
        <source>English unit</source>
        <translation>英文单位</translation>
    </message>
    <message>
        <source>The sale&apos;s shift is closed, so the refund of {amount} is booked in today&apos;s open shift.</source>
        <translation>该笔销售所在班次已结班，退款 {amount} 已记入今日当前班次。</translation>
    </message>
    <message>
        <source>Pick at least one service.</source>
        <translation>请至少选择一项服务。</translation>
    </message>
    <message>
        <source>A receipt holds at most {n} lines.</source>
        <translation>一张收据最多 {n} 行。</translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to {max}.</source>
        <translation>数量须为 1 至 {max} 的整数。</translation>
    </message>
    <message>
        <source>Choose how the customer pays.</source>
        <translation>请选择顾客的付款方式。</translation>
    </message>
    <message>
        <source>amount given</source>
        <translation>顾客付款金额</translation>
    </message>
    <message>
        <source>The customer gave {given}, less than the total {total}.</source>
        <translation>顾客付款 {given}，少于应付 {total}。</translation>
    </message>
    <message>
        <source>There is nothing to charge for.</source>
        <translation>没有需要收费的项目。</translation>
    </message>
    <message>
        <source>Say why the receipt is voided.</source>
        <translation>请填写收据作废原因。</translation>
    </message>
    <message>
        <source>No receipt {no}.</source>
        <translation>没有收据 {no}。</translation>
    </message>
    <message>
        <source>Receipt {no} was already voided on {at}.</source>
        <translation>收据 {no} 已于 {at} 作废。</translation>
    </message>
    <message>
        <source>Receipt {no} is on invoice {invoice}, which still stands: void the invoice (or issue a red-letter invoice for it) first, then the receipt.</source>
        <translation>小票 {no} 已开具发票 {invoice} 且该发票仍有效：请先作废该发票（或开具红字发票），再作废小票。</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文内容</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文内容</translation>
    </message>
    <message>
        <source>Write the announcement first.</source>
        <translation>请先填写广播内容。</translation>
    </message>
    <message>
        <source>An announcement has at most {n} characters in each language.</source>
        <translation>广播内容每种语言最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>An announcement is read 1 to 10 times.</source>
        <translation>广播播报次数为 1 至 10 次。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>who asked</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>kind of thing</source>
        <translation>物品种类</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>words</source>
        <translation>描述用词</translation>
    </message>
    <message>
        <source>Say why (at least {n} characters); the reason is kept in the audit trail.</source>
        <translation>请说明原因（至少 {n} 个字符）；原因将记入审计记录。</translation>
    </message>
    <message>
        <source>The reason is too long ({n} characters at most).</source>
        <translation>原因过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>没有这条记录。</translation>
    </message>
    <message>
        <source>This record has no phone to reveal.</source>
        <translation>此记录没有可查看的电话。</translation>
    </message>
    <message>
        <source>No phone was recorded.</source>
        <translation>未登记电话。</translation>
    </message>
    <message>
        <source>This member was already erased.</source>
        <translation>该会员已注销。</translation>
    </message>
    <message>
        <source>Membership and points</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>Loans and deposits</source>
        <translation>借用与押金</translation>
    </message>
    <message>
        <source>Items lent</source>
        <translation>借出物品</translation>
    </message>
    <message>
        <source>Items back</source>
        <translation>归还物品</translation>
    </message>
    <message>
        <source>Service receipts</source>
        <translation>服务收据</translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation>新办会员</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <source>Lost reports</source>
        <translation>寻物登记</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Claims of found items</source>
        <translation>失物认领</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <source>Complaint cases</source>
        <translation>投诉案件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Thank you for using the service desk. Please keep this receipt; an invoice can be issued against it.</source>
        <translation>感谢您使用服务台。请保留本收据，可凭此开具发票。</translation>
    </message>
    <message>
        <source>Receipts register</source>
        <translation>收据登记簿</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>已应要求注销</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Choose a visitor from the list.</source>
        <translation>请从列表中选择访客。</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>That visitor is no longer at the desk.</source>
        <translation>服务台已没有该访客的记录。</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <source>Red-letter credit</source>
        <translation>红字冲销</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Credit a receipt</source>
        <translation>小票积分</translation>
    </message>
    <message>
        <source>Release to the owner</source>
        <translation>交还失主</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Closed with a difference</source>
        <translation>已交班（有长短款）</translation>
    </message>
    <message>
        <source>Scan or type a code.</source>
        <translation>请扫描或输入编号。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Nothing at the desk has the number {number}.</source>
        <translation>服务台没有编号为 {number} 的记录。</translation>
    </message>
    <message>
        <source>Type a full phone number, or scan a card, deposit slip, tag, receipt, invoice or case number.</source>
        <translation>请输入完整手机号，或扫描会员卡、押金卡、物品标签、收据、发票或案件编号。</translation>
    </message>
    <message>
        <source>Quantity and tax rate are whole numbers.</source>
        <translation>数量和税率须为整数。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-03 (not {text}).</source>
        <translation>请按 YYYY-MM 填写月份，例如 2026-03（而不是 {text}）。</translation>
    </message>
    <message>
        <source>{month} is locked: it was exported and locked by {user} on {at}. Changes dated in a locked month are refused; an admin can unlock it with a reason.</source>
        <translation>{month} 已锁定：由 {user} 于 {at} 导出并锁定。日期在已锁定月份内的更改一律拒绝；管理员可填写原因解锁。</translation>
    </message>
    <message>
        <source>Say why the month is unlocked.</source>
        <translation>请说明解锁该月的原因。</translation>
    </message>
    <message>
        <source>{month} is not locked.</source>
        <translation>{month} 未锁定。</translation>
    </message>
    <message>
        <source>A list page is asked for by whole row numbers.</source>
        <translation>列表分页须使用整数行号。</translation>
    </message>
    <message>
        <source>A list page must start between row 0 and row {n}.</source>
        <translation>列表分页须从第 0 行至第 {n} 行之间开始。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}须为文字。</translation>
    </message>
    <message>
        <source>The {field} contains a control character (from a scanner or a paste); type it again.</source>
        <translation>{field}含有控制字符（来自扫码枪或粘贴）；请重新输入。</translation>
    </message>
    <message>
        <source>Enter the {field}.</source>
        <translation>请输入{field}。</translation>
    </message>
    <message>
        <source>The {field} is too long (at most {n} characters).</source>
        <translation>{field}过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>The {field} contains a control character (from a scanner or a paste); type it again without it.</source>
        <translation>{field}含有控制字符（来自扫码枪或粘贴）；请去掉后重新输入。</translation>
    </message>
    <message>
        <source>The {field} contains a control character other than a line break (from a scanner or a paste); type it again without it.</source>
        <translation>{field}含有换行以外的控制字符（来自扫码枪或粘贴）；请去掉后重新输入。</translation>
    </message>
    <message>
        <source>Enter the {field} as 7 to 12 digits.</source>
        <translation>请以 7 至 12 位数字填写{field}。</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>{field}须为整数。</translation>
    </message>
    <message>
        <source>The {field} must be between {lo} and {hi}.</source>
        <translation>{field}须在 {lo} 至 {hi} 之间。</translation>
    </message>
    <message>
        <source>The {field} is yes or no.</source>
        <translation>{field}只能为是或否。</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>The {field} must be an amount in whole fen.</source>
        <translation>{field}须为以分为单位的整数金额。</translation>
    </message>
    <message>
        <source>The {field} is out of range.</source>
        <translation>{field}超出范围。</translation>
    </message>
    <message>
        <source>Enter a valid date and time for the {field}.</source>
        <translation>请为{field}输入有效的日期和时间。</translation>
    </message>
    <message>
        <source>Enter a valid date for the {field}.</source>
        <translation>请为{field}输入有效的日期。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A summary covers a week or a month.</source>
        <translation>汇总按周或按月。</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>内服</translation>
    </message>
    <message>
        <source>External use</source>
        <translation>外用</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>器械</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>medicine number</source>
        <translation>药品编号</translation>
    </message>
    <message>
        <source>No such medicine in the kit.</source>
        <translation>药箱中没有该药品。</translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to 1000.</source>
        <translation>数量为 1 到 1000 的整数。</translation>
    </message>
    <message>
        <source>Write the expiry date like 2027-06-30.</source>
        <translation>有效期格式如 2027-06-30。</translation>
    </message>
    <message>
        <source>The medicine needs a name.</source>
        <translation>请填写药品名称。</translation>
    </message>
    <message>
        <source>A medicine is for internal or external use, or is equipment.</source>
        <translation>药品分内服、外用或器械。</translation>
    </message>
    <message>
        <source>The low-stock level is zero or more.</source>
        <translation>低库存线须为零或以上。</translation>
    </message>
    <message>
        <source>low-stock level</source>
        <translation>低库存提醒数量</translation>
    </message>
    <message>
        <source>kind of entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Keep at least one entry in the list of {what}.</source>
        <translation>{what}清单至少保留一项。</translation>
    </message>
    <message>
        <source>A list holds at most {n} entries.</source>
        <translation>一个清单最多 {n} 项。</translation>
    </message>
    <message>
        <source>complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>category code</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <source>A category code is 2 to 30 small letters, digits or _, starting with a letter (for example umbrella).</source>
        <translation>类别代码为 2 至 30 个小写字母、数字或下划线，以字母开头（例如 umbrella）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <source>An item is kept some days, some months, or handed to the police.</source>
        <translation>物品按天或按月保管，或移交公安。</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>An item is kept 1 to 365 days or 1 to 36 months before disposal.</source>
        <translation>物品处置前保管 1 至 365 天或 1 至 36 个月。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>{name} is already in the kit.</source>
        <translation>{name} 已在药箱中。</translation>
    </message>
    <message>
        <source>Only {stock} {unit} of {name} left; {quantity} cannot be taken.</source>
        <translation>{name} 仅剩 {stock} {unit}，不能取用 {quantity}。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Say who the medicine was for (phone or a description).</source>
        <translation>请填写使用人（电话或描述）。</translation>
    </message>
    <message>
        <source>Give the reason for discarding.</source>
        <translation>请填写报废原因。</translation>
    </message>
    <message>
        <source>{day} has not come yet.</source>
        <translation>{day} 尚未到来。</translation>
    </message>
    <message>
        <source>The income of {day} was already handed over with voucher {no}; print a copy of it instead.</source>
        <translation>{day} 的收入已用交接单 {no} 交接；请改为打印其副本。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Net income by payment method</source>
        <translation>按支付方式净收入</translation>
    </message>
    <message>
        <source>Net income, all payment methods</source>
        <translation>净收入（全部支付方式）</translation>
    </message>
    <message>
        <source>of which voided</source>
        <translation>其中作废</translation>
    </message>
    <message>
        <source>Invoices voided</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>Deposits held at month end</source>
        <translation>月末在押押金</translation>
    </message>
    <message>
        <source>Shift differences</source>
        <translation>班次差额</translation>
    </message>
    <message>
        <source>Points held by members at month end</source>
        <translation>月末会员持有积分</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Payment method or kind</source>
        <translation>支付方式或类别</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Income line</source>
        <translation>收入项目</translation>
    </message>
    <message>
        <source>Original no.</source>
        <translation>原发票号</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Lent at desk</source>
        <translation>借出服务台</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结清</translation>
    </message>
    <message>
        <source>At month end</source>
        <translation>月末状态</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>开班人</translation>
    </message>
    <message>
        <source>Points liabilities</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>Points at month end</source>
        <translation>月末积分</translation>
    </message>
    <message>
        <source>{month} is not over yet; export it from the first day of the next month.</source>
        <translation>{month} 尚未结束；请于次月 1 日起导出。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Paging a person</source>
        <translation>寻人</translation>
    </message>
    <message>
        <source>Looking for an item</source>
        <translation>寻物</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Paging desk</source>
        <translation>广播台</translation>
    </message>
    <message>
        <source>Unknown kind of announcement.</source>
        <translation>未知广播类型。</translation>
    </message>
    <message>
        <source>who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>what</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Say who asked for the announcement.</source>
        <translation>请填写广播申请人。</translation>
    </message>
    <message>
        <source>Repeat every 0 to 120 minutes.</source>
        <translation>重复间隔为 0 到 120 分钟。</translation>
    </message>
    <message>
        <source>meeting place</source>
        <translation>会面地点</translation>
    </message>
    <message>
        <source>copy number</source>
        <translation>副本序号</translation>
    </message>
    <message>
        <source>This desk&apos;s receipt printer has no cash drawer set up (Printers page).</source>
        <translation>本服务台的小票打印机未设置钱箱（见“打印机”页）。</translation>
    </message>
    <message>
        <source>Set up this printer first.</source>
        <translation>请先设置这台打印机。</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>A4 打印机</translation>
    </message>
    <message>
        <source>Not set up (preview and print dialog)</source>
        <translation>未设置（预览并用打印对话框）</translation>
    </message>
    <message>
        <source>ESC/POS over the network (port 9100)</source>
        <translation>ESC/POS 网口（端口 9100）</translation>
    </message>
    <message>
        <source>ESC/POS over USB</source>
        <translation>ESC/POS USB 接口</translation>
    </message>
    <message>
        <source>ESC/POS over a serial port</source>
        <translation>ESC/POS 串口</translation>
    </message>
    <message>
        <source>A printer of the system</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <source>The {what} is not text.</source>
        <translation>{what}不是文字。</translation>
    </message>
    <message>
        <source>The {what} is longer than {limit} characters or holds control characters.</source>
        <translation>{what}超过 {limit} 个字符或含有控制字符。</translation>
    </message>
    <message>
        <source>Unknown printer role.</source>
        <translation>未知的打印机用途。</translation>
    </message>
    <message>
        <source>Unknown printer connection.</source>
        <translation>未知的打印机连接方式。</translation>
    </message>
    <message>
        <source>A printer option is not yes or no.</source>
        <translation>打印机选项只能是“是”或“否”。</translation>
    </message>
    <message>
        <source>The paper is 58 mm or 80 mm wide.</source>
        <translation>纸宽只能是 58 毫米或 80 毫米。</translation>
    </message>
    <message>
        <source>The cut is full or partial.</source>
        <translation>切纸方式只能是全切或半切。</translation>
    </message>
    <message>
        <source>printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <source>printer port</source>
        <translation>打印机端口</translation>
    </message>
    <message>
        <source>printer name</source>
        <translation>打印机名称</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The baud rate is one of {rates}.</source>
        <translation>波特率只能是 {rates} 之一。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s IP address or host name.</source>
        <translation>请输入打印机的 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s port: a device such as /dev/usb/lp0, USB ids such as 0416:5011, or a serial port such as COM3.</source>
        <translation>请输入打印机端口：设备文件如 /dev/usb/lp0，USB 编号如 0416:5011，或串口如 COM3。</translation>
    </message>
    <message>
        <source>Choose a printer of the system.</source>
        <translation>请选择一台系统打印机。</translation>
    </message>
    <message>
        <source>The printer could not be reached ({reason}). Check that it is switched on, has paper and is connected, then print again.</source>
        <translation>无法连接打印机（{reason}）。请检查打印机已开机、有纸并已连接，然后重新打印。</translation>
    </message>
    <message>
        <source>This printer is not set up as an ESC/POS printer.</source>
        <translation>这台打印机未设置为 ESC/POS 打印机。</translation>
    </message>
    <message>
        <source>Greeting and standard wording</source>
        <translation>开场问候与规范用语</translation>
    </message>
    <message>
        <source>Polite forms and calming</source>
        <translation>礼貌用语及客户安抚</translation>
    </message>
    <message>
        <source>Complete and correct answer</source>
        <translation>答复全面准确</translation>
    </message>
    <message>
        <source>The desk&apos;s procedure</source>
        <translation>业务规范及流程</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Watched at the counter</source>
        <translation>柜台现场</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>sheet number</source>
        <translation>评分表编号</translation>
    </message>
    <message>
        <source>No such scoring sheet.</source>
        <translation>没有这个评分表。</translation>
    </message>
    <message>
        <source>Choose the section of every item.</source>
        <translation>请为每一项选择所属部分。</translation>
    </message>
    <message>
        <source>item (Chinese)</source>
        <translation>项目（中文）</translation>
    </message>
    <message>
        <source>item (English)</source>
        <translation>项目（英文）</translation>
    </message>
    <message>
        <source>Name every item of the sheet.</source>
        <translation>请填写评分表每一项的名称。</translation>
    </message>
    <message>
        <source>what earns the points</source>
        <translation>得分标准</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>sheet name</source>
        <translation>评分表名称</translation>
    </message>
    <message>
        <source>sheet name (English)</source>
        <translation>评分表名称（英文）</translation>
    </message>
    <message>
        <source>A scoring sheet has 1 to {n} items.</source>
        <translation>评分表应有 1 至 {n} 项。</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Choose the service that was rated.</source>
        <translation>请选择被评价的服务。</translation>
    </message>
    <message>
        <source>service reference</source>
        <translation>服务单号</translation>
    </message>
    <message>
        <source>Nobody scores their own service.</source>
        <translation>不能为自己的服务质检评分。</translation>
    </message>
    <message>
        <source>Score every item of the sheet.</source>
        <translation>请为评分表的每一项打分。</translation>
    </message>
    <message>
        <source>No such clerk.</source>
        <translation>没有这个员工。</translation>
    </message>
    <message>
        <source>check number</source>
        <translation>质检编号</translation>
    </message>
    <message>
        <source>No such quality check.</source>
        <translation>没有这条质检记录。</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>办理会员卡</translation>
    </message>
    <message>
        <source>Claim of a found item</source>
        <translation>失物认领</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint taken</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Speed of service</source>
        <translation>办理速度</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Procedure and paperwork</source>
        <translation>手续流程</translation>
    </message>
    <message>
        <source>Surroundings</source>
        <translation>环境设施</translation>
    </message>
    <message>
        <source>Customer&apos;s own</source>
        <translation>顾客自评</translation>
    </message>
    <message>
        <source>Keyed by the clerk</source>
        <translation>员工代录</translation>
    </message>
    <message>
        <source>Service level of the day</source>
        <translation>当日服务水平</translation>
    </message>
    <message>
        <source>Service level of the week</source>
        <translation>本周服务水平</translation>
    </message>
    <message>
        <source>Service level of the month</source>
        <translation>本月服务水平</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Below target: {figures}</source>
        <translation>未达标：{figures}</translation>
    </message>
    <message>
        <source>Every figure with a target meets it.</source>
        <translation>所有设定目标的指标均已达标。</translation>
    </message>
    <message>
        <source>Against the targets (this period, previous in grey)</source>
        <translation>目标达成（本期；灰色为上期）</translation>
    </message>
    <message>
        <source>Counter ratings</source>
        <translation>柜台服务评价</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Quality-check score by section (%)</source>
        <translation>质检各部分得分率（%）</translation>
    </message>
    <message>
        <source>Satisfied: 非常满意 or 满意 among the customers&apos; own ratings; ratings keyed by the clerk and skipped ones are counted apart. Hotline calls answered within {seconds} s out of calls answered with a time and calls missed. Settled at the first contact: counter inquiries, and complaints resolved on the day they were taken. Hotline and complaint figures are the site&apos;s or the clerk&apos;s; they carry no desk.</source>
        <translation>满意：顾客自评中的“非常满意”或“满意”；员工代录及未评价的另行统计。热线及时接听率：{seconds} 秒内接听数占有时间记录的接听数与未接来电之和的比例。首问解决：柜台咨询，以及受理当日解决的投诉。热线与投诉指标按全场或员工统计，不分服务台。</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>评价原因</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share of points</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>Follow-up satisfaction</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>The {field} looks like a phone or ID number; service quality records keep no customer&apos;s personal data.</source>
        <translation>{field}看起来是电话或证件号码；服务质量记录不保存顾客个人信息。</translation>
    </message>
    <message>
        <source>Choose the reasons from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
    <message>
        <source>Choose very satisfied, satisfied, fair or dissatisfied.</source>
        <translation>请选择非常满意、满意、一般或不满意。</translation>
    </message>
    <message>
        <source>This service ({reference}) was already rated.</source>
        <translation>该服务（{reference}）已评价过。</translation>
    </message>
    <message>
        <source>seconds it rang</source>
        <translation>响铃秒数</translation>
    </message>
    <message>
        <source>hotline answer target (seconds)</source>
        <translation>热线接听目标（秒）</translation>
    </message>
    <message>
        <source>calls answered in time (%)</source>
        <translation>及时接听率（%）</translation>
    </message>
    <message>
        <source>customers satisfied (%)</source>
        <translation>顾客满意率（%）</translation>
    </message>
    <message>
        <source>quality-check score (%)</source>
        <translation>质检得分率（%）</translation>
    </message>
    <message>
        <source>first-contact resolution (%)</source>
        <translation>首问解决率（%）</translation>
    </message>
    <message>
        <source>complaint first response (hours)</source>
        <translation>投诉首次响应（小时）</translation>
    </message>
    <message>
        <source>follow-up satisfaction (1–5)</source>
        <translation>回访满意度（1–5）</translation>
    </message>
    <message>
        <source>Unknown service target.</source>
        <translation>未知的服务目标。</translation>
    </message>
    <message>
        <source>Choose an archive file first.</source>
        <translation>请先选择一个归档文件。</translation>
    </message>
    <message>
        <source>archive file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>{file} is not a sound archive of this desk ({detail}).</source>
        <translation>{file} 不是本服务台完好的归档文件（{detail}）。</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Enter the document number to look up.</source>
        <translation>请输入要查找的单据号。</translation>
    </message>
    <message>
        <source>{number} is not in {file}.</source>
        <translation>{file} 中没有 {number}。</translation>
    </message>
    <message>
        <source>Desk ledgers (shifts, cash, receipts, loans, hand-overs)</source>
        <translation>服务台台账（班次、现金、收据、借用、交款）</translation>
    </message>
    <message>
        <source>Invoice records</source>
        <translation>发票记录</translation>
    </message>
    <message>
        <source>Phone numbers on complaint cases</source>
        <translation>投诉案件中的电话号码</translation>
    </message>
    <message>
        <source>Phone numbers on lost reports</source>
        <translation>失物登记中的电话号码</translation>
    </message>
    <message>
        <source>Retention periods are whole months.</source>
        <translation>保存期限以整月计。</translation>
    </message>
    <message>
        <source>{what} are kept at least {min} months and at most {max}.</source>
        <translation>{what}至少保存 {min} 个月，最多 {max} 个月。</translation>
    </message>
    <message>
        <source>Desk ledgers are kept {months} months: {month} is not past its retention yet. Only months before {first} can be purged now.</source>
        <translation>服务台台账保存 {months} 个月：{month} 尚未超过保存期限。目前只能清理 {first} 之前的月份。</translation>
    </message>
    <message>
        <source>Only months that were exported and locked can be purged; not yet: {months}. Export them on the Finance page first.</source>
        <translation>只有已导出并锁定的月份才能清理；尚未导出锁定：{months}。请先在“财务”页面导出。</translation>
    </message>
    <message>
        <source>The archive {file} could not be written or checked ({detail}); nothing was removed.</source>
        <translation>归档文件 {file} 无法写入或校验（{detail}）；未删除任何记录。</translation>
    </message>
    <message>
        <source>The records changed since this purge was proposed; look at the new proposal and confirm it again.</source>
        <translation>提出清理方案后记录已有变化；请查看新的方案并重新确认。</translation>
    </message>
    <message>
        <source>Nothing is due for the purge.</source>
        <translation>没有需要清理的记录。</translation>
    </message>
    <message>
        <source>The records changed while they were archived; nothing was removed. Run the purge again.</source>
        <translation>归档期间记录发生变化；未删除任何记录。请重新清理。</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>The site must be open on at least one weekday.</source>
        <translation>每周至少要有一天营业。</translation>
    </message>
    <message>
        <source>At most {n} holidays can be kept.</source>
        <translation>最多保存 {n} 个节假日。</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>回复时限</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>A holiday is a date like 2026-10-01, not {text}.</source>
        <translation>节假日应为 2026-10-01 这样的日期，而不是 {text}。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (UTF-8 or GBK).</source>
        <translation>该文件不是 CSV 文本文件（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>Line {line}: {text} is not a date like {year}-10-01.</source>
        <translation>第 {line} 行：{text} 不是 {year}-10-01 这样的日期。</translation>
    </message>
    <message>
        <source>Line {line}: {day} is not in {year}.</source>
        <translation>第 {line} 行：{day} 不在 {year} 年。</translation>
    </message>
    <message>
        <source>The file holds no dates.</source>
        <translation>文件中没有日期。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key of this site is not on this computer, or is not the one this database was keyed with; the trail cannot be checked or extended. Restore the key (the keyring or the key folder of the user&apos;s config) from the PC the site was kept on.</source>
        <translation>本站点的审计链密钥不在这台电脑上，或不是本数据库所用的密钥；审计链无法核对或续写。请从原来保管本站点的电脑恢复该密钥（系统密钥环或用户配置中的密钥文件夹）。</translation>
    </message>
    <message>
        <source>This database&apos;s audit trail is not keyed although its schema is; it may have been rolled back by hand. Check it against a printed anchor.</source>
        <translation>本数据库的结构已支持审计链密钥，但审计链未加密钥；可能被人为回退。请用打印的锚码核对。</translation>
    </message>
    <message>
        <source>The audit key on the recovery sheet has 64 characters, 0-9 and a-f.</source>
        <translation>恢复单上的审计密钥有 64 个字符，由 0-9 和 a-f 组成。</translation>
    </message>
    <message>
        <source>This audit key does not belong to this site&apos;s database; check the sheet.</source>
        <translation>此审计密钥不属于本站点的数据库；请核对恢复单。</translation>
    </message>
    <message>
        <source>{code} is not an audit anchor; it reads like 1234-ABCD-EFGH, as printed on the daily ledger, the hand-over voucher and the month export.</source>
        <translation>{code} 不是审计锚码；锚码形如 1234-ABCD-EFGH，印在日报、交款单和月度导出上。</translation>
    </message>
    <message>
        <source>The audit trail no longer holds row {row} that the anchor {code} was printed at: rows were removed from its end.</source>
        <translation>审计链中已没有锚码 {code} 打印时的第 {row} 行：链尾的记录被删除了。</translation>
    </message>
    <message>
        <source>The audit trail at row {row} is not the one the anchor {code} was printed from: the trail was rewritten up to that row.</source>
        <translation>审计链第 {row} 行与打印锚码 {code} 时不同：该行之前的审计链被改写过。</translation>
    </message>
    <message>
        <source>Loan (deposit slip)</source>
        <translation>借用（押金单）</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <source>Lost property report</source>
        <translation>失物登记</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已换卡</translation>
    </message>
    <message>
        <source>Your personal data held by the service desk</source>
        <translation>服务台保存的您的个人信息</translation>
    </message>
    <message>
        <source>{kind}, last four characters {last4} (the full number is not kept)</source>
        <translation>{kind}，后四位 {last4}（不保存完整号码）</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>Receipts credited</source>
        <translation>已积分小票</translation>
    </message>
    <message>
        <source>Gifts redeemed</source>
        <translation>已兑换礼品</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Other records under your mobile number</source>
        <translation>以您手机号登记的其他记录</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>{what}: {months} months</source>
        <translation>{what}：{months} 个月</translation>
    </message>
    <message>
        <source>You may ask the service desk to correct this data, or to erase your membership: your name and mobile number are then removed, and the money records stay under a pseudonym as the law requires.</source>
        <translation>您可以要求服务台更正上述信息，或注销会员资格：届时将删除您的姓名和手机号，资金记录依法以化名保留。</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>押金退款</translation>
    </message>
    <message>
        <source>Compensation charge</source>
        <translation>赔偿收费</translation>
    </message>
    <message>
        <source>voucher number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>No refund or compensation voucher {number}.</source>
        <translation>没有退款或赔偿凭证 {number}。</translation>
    </message>
    <message>
        <source>slip or voucher number</source>
        <translation>押金卡号或凭证号</translation>
    </message>
    <message>
        <source>A desk code is 1 to 20 letters, digits, - or _, starting with a letter or a digit (for example main, north or car-park).</source>
        <translation>服务台代码为 1 至 20 个字母、数字、- 或 _，以字母或数字开头（例如 main、north 或 car-park）。</translation>
    </message>
    <message>
        <source>Chinese name of the desk</source>
        <translation>服务台中文名称</translation>
    </message>
    <message>
        <source>English name of the desk</source>
        <translation>服务台英文名称</translation>
    </message>
    <message>
        <source>desk number</source>
        <translation>服务台编号</translation>
    </message>
    <message>
        <source>No such desk.</source>
        <translation>没有这个服务台。</translation>
    </message>
    <message>
        <source>There is no desk {desk} in service at this site; an admin adds it under Settings › Desks first.</source>
        <translation>本场所没有在用的服务台 {desk}；请管理员先在“设置 › 服务台”中添加。</translation>
    </message>
    <message>
        <source>Desk {desk} is already in the register.</source>
        <translation>服务台 {desk} 已在登记册中。</translation>
    </message>
    <message>
        <source>Desk {desk} is in the register but retired; bring it back instead.</source>
        <translation>服务台 {desk} 已在登记册中但已停用；请改为恢复启用。</translation>
    </message>
    <message>
        <source>desk in service</source>
        <translation>服务台在用</translation>
    </message>
    <message>
        <source>Desk {desk} has an open shift; close it before retiring the desk.</source>
        <translation>服务台 {desk} 有未结班次；请先结班再停用该服务台。</translation>
    </message>
    <message>
        <source>Desk {desk} is the only desk in service; a site needs one.</source>
        <translation>服务台 {desk} 是唯一在用的服务台；场所至少需要一个。</translation>
    </message>
    <message>
        <source>There is no desk {desk} at this site.</source>
        <translation>本场所没有服务台 {desk}。</translation>
    </message>
    <message>
        <source>Moved {source} to {target}.</source>
        <translation>已将 {source} 迁移到 {target}。</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows; every table&apos;s rows and checksum are the same on the server.</source>
        <translation>{tables} 张表，{rows} 行；服务器上每张表的行数和校验和均与文件一致。</translation>
    </message>
    <message>
        <source>Audit trail: {chain} rows moved, verified on the server with its key.</source>
        <translation>审计记录：已迁移 {chain} 行，并已在服务器上用其密钥验证。</translation>
    </message>
    <message>
        <source>Number series: {series}, each continuing on the server with the number after the file&apos;s last.</source>
        <translation>编号序列：{series} 个，在服务器上均从文件中最后一个编号的下一个继续。</translation>
    </message>
    <message>
        <source>The file was not changed. Connect every counter with --db {target} (the desk&apos;s own login).</source>
        <translation>文件未被改动。请用 --db {target}（服务台自己的登录）连接每个柜台。</translation>
    </message>
    <message>
        <source>{target} is not a PostgreSQL database&apos;s address (postgresql://user@host/site).</source>
        <translation>{target} 不是 PostgreSQL 数据库地址（postgresql://用户@主机/站点）。</translation>
    </message>
    <message>
        <source>There is no database file {source} to move.</source>
        <translation>没有可迁移的数据库文件 {source}。</translation>
    </message>
    <message>
        <source>The file {source} is at schema {found}; a move needs schema {needed}. Open it once with this version of Front Desk (it updates the file), then move it.</source>
        <translation>文件 {source} 的结构版本为 {found}；迁移需要版本 {needed}。请先用此版本的服务台程序打开一次（会升级文件），再迁移。</translation>
    </message>
    <message>
        <source>The server at {target} could not be reached or refused the login: {cause}</source>
        <translation>无法连接 {target} 的服务器，或服务器拒绝了登录：{cause}</translation>
    </message>
    <message>
        <source>The owner&apos;s address names the database {owner}, the target is {target}: give both for the same database.</source>
        <translation>所有者地址指向数据库 {owner}，目标却是 {target}：两者须为同一数据库。</translation>
    </message>
    <message>
        <source>The database {target} is not empty (it holds tables or a site already). A site is moved only into an empty database; nothing was written to it.</source>
        <translation>数据库 {target} 不是空的（已有表或站点）。站点只能迁入空数据库；未写入任何内容。</translation>
    </message>
    <message>
        <source>The login of {target} cannot create the schema. Give the schema owner&apos;s login with --owner-url postgresql://OWNER@host/site; nothing was written.</source>
        <translation>{target} 的登录无权创建数据库结构。请用 --owner-url postgresql://OWNER@主机/站点 提供结构所有者的登录；未写入任何内容。</translation>
    </message>
    <message>
        <source>The server&apos;s schema has no place for these tables of the file: {names}.</source>
        <translation>服务器的数据库结构中没有文件中这些表的位置：{names}。</translation>
    </message>
    <message>
        <source>The table {table} differs between the file and the server&apos;s schema: {names}.</source>
        <translation>表 {table} 在文件和服务器结构中不一致：{names}。</translation>
    </message>
    <message>
        <source>Copying to the server failed ({cause}); the target was left empty.</source>
        <translation>复制到服务器失败（{cause}）；目标数据库保持为空。</translation>
    </message>
    <message>
        <source>The copy on the server does not match the file ({detail}); it was taken out again and the target left empty.</source>
        <translation>服务器上的副本与文件不一致（{detail}）；已将其撤除，目标数据库保持为空。</translation>
    </message>
    <message>
        <source>The name or password of the site&apos;s admin is wrong; nothing was moved.</source>
        <translation>站点管理员的用户名或密码错误；未迁移任何内容。</translation>
    </message>
</context>
<context>
    <name>DeskChoiceDialog</name>
    <message>
        <source>Which desk is this?</source>
        <translation>这是哪个服务台？</translation>
    </message>
    <message>
        <source>This computer serves one desk of {site}: its shifts, cash drawer, shift reports and hand-overs are that desk&apos;s. Choose it once; it is kept on this computer. An admin adds desks under Settings › Desks.</source>
        <translation>本电脑服务于 {site} 的一个服务台：班次、钱箱、交班报表和交款均属于该服务台。只需选择一次，选择会保存在本电脑上。管理员可在“设置 › 服务台”中添加服务台。</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>本场所</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Use this desk</source>
        <translation>使用此服务台</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This computer&apos;s choice could not be kept ({cause}).</source>
        <translation>无法在本电脑上保存此选择（{cause}）。</translation>
    </message>
</context>
<context>
    <name>DeskCount</name>
    <message>
        <source>Invoices</source>
        <translation>张数</translation>
    </message>
</context>
<context>
    <name>DeskTime</name>
    <message>
        <source>Closed</source>
        <translation>关班时间</translation>
    </message>
</context>
<context>
    <name>DesksTab</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Shift open</source>
        <translation>开班中</translation>
    </message>
    <message>
        <source>e.g. north or car-park</source>
        <translation>例如 north 或 car-park</translation>
    </message>
    <message>
        <source>e.g. 北门服务台</source>
        <translation>例如 北门服务台</translation>
    </message>
    <message>
        <source>e.g. North gate desk</source>
        <translation>例如 North gate desk</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>添加服务台</translation>
    </message>
    <message>
        <source>Rename the desk picked</source>
        <translation>重命名所选服务台</translation>
    </message>
    <message>
        <source>Retire / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <source>The site&apos;s desks</source>
        <translation>本场所的服务台</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本电脑</translation>
    </message>
    <message>
        <source>Make this computer that desk</source>
        <translation>将本电脑设为该服务台</translation>
    </message>
    <message>
        <source>This computer is {desk}. A change here takes effect at the next start.</source>
        <translation>本电脑为 {desk}。在此更改将于下次启动时生效。</translation>
    </message>
    <message>
        <source>Desk {code} added.</source>
        <translation>已添加服务台 {code}。</translation>
    </message>
    <message>
        <source>Pick a desk in the list first.</source>
        <translation>请先在列表中选择一个服务台。</translation>
    </message>
    <message>
        <source>Desk {code} renamed.</source>
        <translation>服务台 {code} 已重命名。</translation>
    </message>
    <message>
        <source>Desk {code} is in service again.</source>
        <translation>服务台 {code} 已恢复启用。</translation>
    </message>
    <message>
        <source>Desk {code} is retired.</source>
        <translation>服务台 {code} 已停用。</translation>
    </message>
    <message>
        <source>This computer&apos;s choice could not be kept ({cause}).</source>
        <translation>无法在本电脑上保存此选择（{cause}）。</translation>
    </message>
    <message>
        <source>From the next start this computer is desk {code}.</source>
        <translation>下次启动起本电脑为服务台 {code}。</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>&lt;h2&gt;Directory&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;导购查询&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Shop, brand, category, pinyin initials (xbk), floor or unit (Ctrl+F)</source>
        <translation>店名、品牌、业态、拼音首字母（xbk）、楼层或铺位号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Print floor guide…</source>
        <translation>打印楼层导览(&amp;P)…</translation>
    </message>
    <message>
        <source>Count one question of this kind</source>
        <translation>记录一次此类咨询</translation>
    </message>
    <message>
        <source>Hotline call (F8)</source>
        <translation>热线来电 (F8)</translation>
    </message>
    <message>
        <source> s rang</source>
        <translation> 秒振铃</translation>
    </message>
    <message>
        <source>rang: not timed</source>
        <translation>振铃：未计时</translation>
    </message>
    <message>
        <source>Take back last (F7)</source>
        <translation>撤回上一条 (F7)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s inquiries by hour&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日各时段咨询&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit / where</source>
        <translation>铺位 / 位置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业态</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Count a question: {kind}</source>
        <translation>记一次问询：{kind}</translation>
    </message>
    <message>
        <source>Hotline call on or off</source>
        <translation>热线来电 开/关</translation>
    </message>
    <message>
        <source>Take back the last count</source>
        <translation>撤回上一次计数</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Print the floor guide</source>
        <translation>打印楼层指引</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted: %1 (%2)</source>
        <translation>已记录：%1（%2）</translation>
    </message>
    <message>
        <source>The last count was taken back.</source>
        <translation>上一条记录已撤回。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiry(ies) today</source>
        <translation>
            <numerusform>今日咨询 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest hour %1:00</source>
        <translation>最忙时段 %1:00</translation>
    </message>
    <message>
        <source>hotline: %1 call(s), %2 of %3 timed answered within three rings</source>
        <translation>热线：%1 个来电，计时的 %3 个中 %2 个在三声内接听</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Save hours</source>
        <translation>保存营业时间</translation>
    </message>
    <message>
        <source>Mall opening hours (shops without their own)</source>
        <translation>商场营业时间（适用于未单独设置的商铺）</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>使用中</translation>
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
        <source>Add facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <source>Out of service / back in service</source>
        <translation>停用 / 恢复使用</translation>
    </message>
    <message>
        <source>Add a facility</source>
        <translation>添加设施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Hours (empty: the mall&apos;s)</source>
        <translation>开放时间（留空则同商场）</translation>
    </message>
    <message>
        <source>(choose a floor)</source>
        <translation>（请选择楼层）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Pick a facility in the list first.</source>
        <translation>请先在列表中选择一个设施。</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并连接，然后重试。</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>打印 {title}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>This copy has been issued. Open the document again to make a reprint; it will be marked as a copy.</source>
        <translation>此份已出具。如需补打，请重新打开单据，补打件将标注为副本。</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>&lt;h2&gt;Enrol a member&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;办理会员&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Shopping receipt</source>
        <translation>购物小票</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>Checked, then kept only as the last 4 characters and a keyed hash</source>
        <translation>核验后仅保存后 4 位及带密钥的哈希值</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>手机(&amp;B)：</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Enrol and issue card</source>
        <translation>入会并发卡(&amp;E)</translation>
    </message>
    <message>
        <source>A receipt of {threshold} or more, not older than {days} days, enrols; it earns 1 point for every {rate}.</source>
        <translation>凭 {days} 天内、金额满 {threshold} 的小票即可入会；每消费 {rate} 积 1 分。</translation>
    </message>
    <message>
        <source>Card {card} issued to {name} ({phone}); {points} points credited.</source>
        <translation>已为 {name}（{phone}）发放会员卡 {card}；已积 {points} 分。</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Exporting %1...</source>
        <translation>正在导出 %1...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Finance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;财务&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A day&apos;s ledger and hand-over</source>
        <translation>日报与收入交接</translation>
    </message>
    <message>
        <source>Daily &amp;ledger...</source>
        <translation>日报台账(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Hand-over voucher...</source>
        <translation>收入交接单(&amp;H)...</translation>
    </message>
    <message>
        <source>Whole site (every desk)</source>
        <translation>全场（所有服务台）</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Handed over: %1</source>
        <translation>已交款：%1</translation>
    </message>
    <message>
        <source>Handed over: %1 by %2</source>
        <translation>已交接：%1（%2）</translation>
    </message>
    <message>
        <source>Not handed over yet</source>
        <translation>尚未交接</translation>
    </message>
    <message>
        <source>Des&amp;k:</source>
        <translation>服务台(&amp;K)：</translation>
    </message>
    <message>
        <source>Daily ledger %1</source>
        <translation>日报台账 %1</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>收入交接</translation>
    </message>
    <message>
        <source>Hand over the income of %1 at %2 to finance? The voucher takes the next number and is issued once for the desk and the day.</source>
        <translation>将 %2 在 %1 的收入移交财务？交款单将占用下一个编号，每个服务台每天只开一次。</translation>
    </message>
    <message>
        <source>Income hand-over %1</source>
        <translation>收入交接单 %1</translation>
    </message>
    <message>
        <source>Monthly finance export (locks the month)</source>
        <translation>月度财务导出（将锁定该月）</translation>
    </message>
    <message>
        <source>Also write one &amp;CSV file per sheet</source>
        <translation>同时为每张表写出 CSV 文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export and lock...</source>
        <translation>导出并锁定(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Save the export of %1</source>
        <translation>保存 %1 的导出文件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 exported to %2 (%3 rows); the month is locked.</source>
        <translation>%1 已导出到 %2（共 %3 行）；该月已锁定。</translation>
    </message>
    <message>
        <source>Locked months</source>
        <translation>已锁定月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Unlock month...</source>
        <translation>解锁月份(&amp;U)...</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>Choose the month to unlock in the list first.</source>
        <translation>请先在列表中选择要解锁的月份。</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>解锁 %1</translation>
    </message>
    <message>
        <source>Why is %1 unlocked? (kept in the audit trail)</source>
        <translation>为什么解锁 %1？（将记入审计日志）</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
</context>
<context>
    <name>FirstAidPage</name>
    <message>
        <source>&lt;h2&gt;First-aid kit&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;应急药品&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Phone (kept masked)</source>
        <translation>电话（脱敏保存）</translation>
    </message>
    <message>
        <source>For whom, e.g. child with a grazed knee</source>
        <translation>使用人，如擦伤膝盖的儿童</translation>
    </message>
    <message>
        <source>Record &amp;use</source>
        <translation>登记使用(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;stock</source>
        <translation>补充(&amp;S)</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>新药品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Add to kit</source>
        <translation>加入药箱(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Medicine, quantity</source>
        <translation>药品、数量(&amp;M)</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>过期日</translation>
    </message>
    <message>
        <source>New in the kit</source>
        <translation>新增药品</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ledger&lt;/b&gt;</source>
        <translation>&lt;b&gt;台账&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>For whom / note</source>
        <translation>使用人/备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Ask for restocking: {names}</source>
        <translation>需补充：{names}</translation>
    </message>
    <message>
        <source>Nothing is short or about to expire.</source>
        <translation>没有缺货或将过期的药品。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Front Desk — first run</source>
        <translation>服务台 — 首次设置</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>FloorsBox</name>
    <message>
        <source>Floors</source>
        <translation>楼层</translation>
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
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Open shops</source>
        <translation>营业店铺</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>e.g. B1, L2 or 3F</source>
        <translation>例如 B1、L2 或 3F</translation>
    </message>
    <message>
        <source>e.g. 二层</source>
        <translation>例如 二层</translation>
    </message>
    <message>
        <source>e.g. Level 2</source>
        <translation>例如 Level 2</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <source>Rename the floor picked</source>
        <translation>重命名所选楼层</translation>
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
        <source>Retire / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <source>Floor {code} added.</source>
        <translation>已添加楼层 {code}。</translation>
    </message>
    <message>
        <source>Pick a floor in the list first.</source>
        <translation>请先在列表中选择一个楼层。</translation>
    </message>
    <message>
        <source>Floor {code} renamed.</source>
        <translation>已重命名楼层 {code}。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Floor {code} is in use again.</source>
        <translation>楼层 {code} 已恢复使用。</translation>
    </message>
    <message>
        <source>Floor {code} is retired.</source>
        <translation>楼层 {code} 已停用。</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Required: fill this in.</source>
        <translation>必填：请填写此项。</translation>
    </message>
</context>
<context>
    <name>FoundCategoriesTab</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>hand to the police</source>
        <translation>移交公安</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Shown on English screens and documents</source>
        <translation>英文界面和单据上显示</translation>
    </message>
    <message>
        <source>Add a category or change the one picked</source>
        <translation>添加类别或修改所选类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>保存类别</translation>
    </message>
    <message numerus="yes">
        <source>The disposal date of %n held item(s) moves.</source>
        <translation>
            <numerusform>%n 件在库物品的处置日期将随之变动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>FoundItemForm</name>
    <message>
        <source>e.g. 黑色钱包 / black leather wallet</source>
        <translation>例如：黑色钱包 / black leather wallet</translation>
    </message>
    <message>
        <source>e.g. 3F restroom near lift</source>
        <translation>例如：3F 电梯旁洗手间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>One detail only the owner would know; never shown in lists or on labels</source>
        <translation>只有失主才知道的一个细节；不会显示在列表或标签上</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Photo from &amp;file…</source>
        <translation>从文件选照片(&amp;F)…</translation>
    </message>
    <message>
        <source>Counted amount, e.g. 120.50</source>
        <translation>清点金额，例如 120.50</translation>
    </message>
    <message>
        <source>Second person&apos;s user name</source>
        <translation>第二清点人的用户名</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>物品(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Found wh&amp;ere:</source>
        <translation>拾获地点(&amp;E)：</translation>
    </message>
    <message>
        <source>Found b&amp;y:</source>
        <translation>拾获人类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Cash co&amp;unted:</source>
        <translation>清点现金(&amp;U)：</translation>
    </message>
    <message>
        <source>Counted w&amp;ith:</source>
        <translation>共同清点人(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Their password:</source>
        <translation>其密码(&amp;T)：</translation>
    </message>
    <message>
        <source>Found w&amp;hen:</source>
        <translation>拾获时间(&amp;H)：</translation>
    </message>
    <message>
        <source>Finder&apos;s &amp;name:</source>
        <translation>拾获人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Finder&apos;s &amp;phone:</source>
        <translation>拾获人电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Stored at:</source>
        <translation>存放位置(&amp;S)：</translation>
    </message>
    <message>
        <source>Hidden &amp;detail:</source>
        <translation>隐藏特征(&amp;D)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Photo of the item</source>
        <translation>物品照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file is not a picture.</source>
        <translation>该文件不是图片。</translation>
    </message>
    <message>
        <source>Photo attached ({kb} KB)</source>
        <translation>已附照片（{kb} KB）</translation>
    </message>
</context>
<context>
    <name>FoundItemsPage</name>
    <message>
        <source>&lt;h2&gt;Found items&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;拾获物品&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Words or a scanned tag, then Enter (伞, 钱包, black wallet…)</source>
        <translation>输入关键词或扫描标签后按 Enter（伞、钱包、black wallet…）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>拾获日期：</translation>
    </message>
    <message>
        <source>&amp;Due for action only</source>
        <translation>仅显示到期待处理(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>认领(&amp;C)…</translation>
    </message>
    <message>
        <source>Hand to &amp;police…</source>
        <translation>移交派出所(&amp;P)…</translation>
    </message>
    <message>
        <source>D&amp;ispose…</source>
        <translation>处置(&amp;I)…</translation>
    </message>
    <message>
        <source>Print &amp;tag</source>
        <translation>打印标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>广播(&amp;B)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found-item tag {tag}</source>
        <translation>拾物标签 {tag}</translation>
    </message>
</context>
<context>
    <name>FoundRegisterPage</name>
    <message>
        <source>&lt;h2&gt;Register a found item&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;拾获物品登记&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Register and print tag (Ctrl+Enter)</source>
        <translation>登记并打印标签(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation>清空(&amp;A)</translation>
    </message>
    <message>
        <source>Open lost reports this item may answer</source>
        <translation>可能与此物品相符的未结寻物登记</translation>
    </message>
    <message>
        <source>&amp;Link to this report</source>
        <translation>关联到此登记(&amp;L)</translation>
    </message>
    <message>
        <source>Register and print the tag</source>
        <translation>登记并打印标签</translation>
    </message>
    <message>
        <source>Registered {tag}: {what}. Put the tag on the bag and store it at {where}.</source>
        <translation>已登记 {tag}：{what}。请将标签贴在物品袋上，存放于 {where}。</translation>
    </message>
    <message>
        <source>Found-item tag {tag}</source>
        <translation>拾物标签 {tag}</translation>
    </message>
    <message>
        <source>{no}  {what}  {colour}
    lost {when} at {where}  ·  agrees on: {why}</source>
        <translation>{no}  {what}  {colour}
    {when} 于 {where} 遗失  ·  相符：{why}</translation>
    </message>
    <message>
        <source>Linked {tag} to report {no}. Please call the customer on {phone} now.</source>
        <translation>已将 {tag} 关联到寻物登记 {no}。请立即致电顾客：{phone}。</translation>
    </message>
</context>
<context>
    <name>HandoversBox</name>
    <message>
        <source>Hand-over vouchers</source>
        <translation>收入交接单</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>全部服务台</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>营业日：</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>交接单号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>whole site</source>
        <translation>全场</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据数</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
</context>
<context>
    <name>InvoiceRegisterPage</name>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>销售方</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Show / reprint</source>
        <translation>查看 / 重印(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Red-letter…</source>
        <translation>红字冲销(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice register&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;发票登记簿&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Print re&amp;gister</source>
        <translation>打印登记簿(&amp;G)</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>作废：%1</translation>
    </message>
    <message>
        <source>Red-letter of %1</source>
        <translation>%1 的红字发票</translation>
    </message>
    <message>
        <source>Credited %1</source>
        <translation>已冲红 %1</translation>
    </message>
    <message>
        <source>Net total %1, tax %2; %3 voided. By rate: %4</source>
        <translation>净合计 %1，税额 %2；作废 %3 张。按税率：%4</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Reason for %1 (%2):</source>
        <translation>%1（%2）的原因：</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>Red-letter invoice</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation>发票登记簿</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>税额</translation>
    </message>
</context>
<context>
    <name>IssueInvoicePage</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>Receipt numbers, a tenant&apos;s with its amount (U-5521 398.00), by commas</source>
        <translation>小票号，商户小票须附金额（U-5521 398.00），以逗号分隔</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price incl. tax</source>
        <translation>含税单价</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>&amp;Issue invoice</source>
        <translation>开具发票(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation>销售方(&amp;S)</translation>
    </message>
    <message>
        <source>Buyer &amp;type</source>
        <translation>购买方类型(&amp;T)</translation>
    </message>
    <message>
        <source>Buyer &amp;name</source>
        <translation>购买方名称(&amp;N)</translation>
    </message>
    <message>
        <source>Buyer ta&amp;x ID</source>
        <translation>购买方税号(&amp;X)</translation>
    </message>
    <message>
        <source>Purchase &amp;receipts</source>
        <translation>购物小票(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;E-invoice no. (optional)</source>
        <translation>电子发票号码 可选(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Issue invoice&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;开具发票&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The mall</source>
        <translation>本商场</translation>
    </message>
    <message>
        <source>Total %1, of which tax %2</source>
        <translation>合计 %1，其中税额 %2</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2.</source>
        <translation>发票 %1 已开具：%2。</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>&lt;h2&gt;Lendable items&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;借用物品&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation>借用时长</translation>
    </message>
    <message>
        <source>Before closing</source>
        <translation>闭店前归还</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>赔偿价</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Add &amp;kind…</source>
        <translation>添加类别(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Edit kind…</source>
        <translation>编辑类别(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;items…</source>
        <translation>添加物品(&amp;I)…</translation>
    </message>
    <message>
        <source>Print label &amp;sheet (A4)</source>
        <translation>打印标签页（A4）(&amp;S)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Print &amp;label of selected</source>
        <translation>打印所选物品标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Retire item…</source>
        <translation>停用物品(&amp;R)…</translation>
    </message>
    <message>
        <source>Save desk rules</source>
        <translation>保存服务台规则</translation>
    </message>
    <message>
        <source>Closing time:</source>
        <translation>闭店时间：</translation>
    </message>
    <message>
        <source>Cash difference needing a sign-off above (yuan):</source>
        <translation>现金差额超过此数须签核（元）：</translation>
    </message>
    <message>
        <source>Retired: {reason}</source>
        <translation>已停用：{reason}</translation>
    </message>
    <message>
        <source>Out on loan</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>在库</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
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
        <source>Add items</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>How many new {kind}?</source>
        <translation>新增多少件{kind}？</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>停用物品</translation>
    </message>
    <message>
        <source>Why is {code} retired (lost, broken…)?</source>
        <translation>{code} 停用原因（丢失、损坏…）？</translation>
    </message>
    <message>
        <source>Item labels</source>
        <translation>物品标签</translation>
    </message>
</context>
<context>
    <name>KeyEntryDialog</name>
    <message>
        <source>Enter the members&apos; ID key</source>
        <translation>录入会员证件密钥</translation>
    </message>
    <message>
        <source>This database holds members&apos; ID checks made with a key that is not on this computer. Scan the QR code on the key recovery sheet from the safe (or type the key). Until then, ID checks of members are refused.</source>
        <translation>此数据库中的会员证件核验使用的密钥不在这台电脑上。请扫描保险柜中密钥恢复单上的二维码（或输入密钥）。在此之前，会员证件核验将被拒绝。</translation>
    </message>
    <message>
        <source>64 characters, 0-9 and a-f</source>
        <translation>64 个字符，0-9 和 a-f</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <source>Kind of item</source>
        <translation>物品类别</translation>
    </message>
    <message>
        <source>Must come back before closing</source>
        <translation>须在闭店前归还</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Code (a-z):</source>
        <translation>简码（a-z）：</translation>
    </message>
    <message>
        <source>Label prefix (A-Z):</source>
        <translation>标签前缀（A-Z）：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <source>Deposit (yuan):</source>
        <translation>押金（元）：</translation>
    </message>
    <message>
        <source>Loan period (hours):</source>
        <translation>借用时长（小时）：</translation>
    </message>
    <message>
        <source>Replacement price (yuan):</source>
        <translation>赔偿价（元）：</translation>
    </message>
</context>
<context>
    <name>LendForm</name>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Mobile number, 11 digits</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Enter: take the deposit and print the slip.  Esc: cancel.</source>
        <translation>Enter：收取押金并打印押金卡。  Esc：取消。</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>物品：</translation>
    </message>
    <message>
        <source>Deposit:</source>
        <translation>押金：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>应还时间：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>支付方式(&amp;B)：</translation>
    </message>
    <message>
        <source>must come back before closing</source>
        <translation>须在闭店前归还</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LendingPage</name>
    <message>
        <source>&lt;h2&gt;Lending&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;物品借还&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Scan or type an item, deposit slip or voucher number, then Enter</source>
        <translation>扫描或输入物品编号、押金卡号或凭证号，然后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>No shift is open: deposits cannot be taken or refunded. Open the shift on the Shift page with the counted cash float.</source>
        <translation>尚未开班：无法收取或退还押金。请在“班次”页面清点备用金后开班。</translation>
    </message>
    <message>
        <source>Lost slip: find by phone</source>
        <translation>押金卡遗失：按手机号查找</translation>
    </message>
    <message>
        <source>Clear for the next customer</source>
        <translation>清空，接待下一位顾客</translation>
    </message>
    <message>
        <source>Lost slip: find the loan by phone number (Ctrl+L)</source>
        <translation>押金卡遗失：按手机号码查找借用记录（Ctrl+L）</translation>
    </message>
    <message>
        <source>Borrower&apos;s mobile number</source>
        <translation>借用人手机号码</translation>
    </message>
    <message>
        <source>Item number (optional)</source>
        <translation>物品编号（选填）</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>物品(&amp;I)：</translation>
    </message>
    <message>
        <source>Lent {item} {code} on slip {slip}; deposit {deposit}.</source>
        <translation>已借出 {item} {code}，押金卡 {slip}；押金 {deposit}。</translation>
    </message>
    <message>
        <source>Deposit slip {slip}</source>
        <translation>押金卡 {slip}</translation>
    </message>
    <message>
        <source>{item} {code} is back (slip {slip}). Refund {refund}.</source>
        <translation>{item} {code} 已归还（押金卡 {slip}）。退还 {refund}。</translation>
    </message>
    <message>
        <source>Compensation charged: {amount}.</source>
        <translation>已收赔偿：{amount}。</translation>
    </message>
    <message>
        <source>Voucher {number} ({kind}).</source>
        <translation>凭证 {number}（{kind}）。</translation>
    </message>
    <message>
        <source>Voucher {number}</source>
        <translation>凭证 {number}</translation>
    </message>
    <message>
        <source>No item is out on that phone number.</source>
        <translation>该手机号码名下没有未还物品。</translation>
    </message>
    <message>
        <source>{slip}  {item} {code}  due {due}</source>
        <translation>{slip}  {item} {code}  应还 {due}</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>LostReportsPage</name>
    <message>
        <source>&lt;h2&gt;Lost reports and matching&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;寻物登记与匹配&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Show full &amp;phone</source>
        <translation>显示完整手机号(&amp;P)</translation>
    </message>
    <message>
        <source>New lost report</source>
        <translation>新建寻物登记</translation>
    </message>
    <message>
        <source>What was lost, e.g. 黑色皮夹 / black wallet</source>
        <translation>遗失物品，例如：黑色皮夹 / black wallet</translation>
    </message>
    <message>
        <source>(not sure)</source>
        <translation>（不确定）</translation>
    </message>
    <message>
        <source>&amp;Register report</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>物品(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>Lost &amp;from:</source>
        <translation>遗失时间从(&amp;F)：</translation>
    </message>
    <message>
        <source>Lost &amp;until:</source>
        <translation>遗失时间至(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Mobile &amp;phone:</source>
        <translation>手机号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Lost reports</source>
        <translation>寻物登记</translation>
    </message>
    <message>
        <source>{tag}  {what}  {colour}  {category}
    found {when} at {where}  ·  agrees on: {why}</source>
        <translation>{tag}  {what}  {colour}  {category}
    {when} 于 {where} 拾获  ·  相符：{why}</translation>
    </message>
    <message>
        <source>Search reports by words, then Enter</source>
        <translation>输入关键词搜索登记，然后按 Enter</translation>
    </message>
    <message>
        <source>Lost wh&amp;ere:</source>
        <translation>遗失地点(&amp;E)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遗失时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held items that may answer the selected report, likeliest first</source>
        <translation>可能与所选登记相符的在存物品（最相符的在前）</translation>
    </message>
    <message>
        <source>&amp;Link item to report</source>
        <translation>将物品关联到登记(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>广播(&amp;B)…</translation>
    </message>
    <message>
        <source>Registered report {no}.</source>
        <translation>已登记寻物登记 {no}。</translation>
    </message>
    <message>
        <source>No held item looks like this yet.</source>
        <translation>暂无相似的在存物品。</translation>
    </message>
    <message>
        <source>Linked {tag} to report {no}. Please call the customer on {phone} now.</source>
        <translation>已将 {tag} 关联到寻物登记 {no}。请立即致电顾客：{phone}。</translation>
    </message>
    <message>
        <source>Call the customer</source>
        <translation>致电顾客</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>会员积分规则</translation>
    </message>
    <message>
        <source>A receipt enrols from (¥)</source>
        <translation>入会小票最低金额（元）</translation>
    </message>
    <message>
        <source>One point for every (¥)</source>
        <translation>每积 1 分所需金额（元）</translation>
    </message>
    <message>
        <source>Receipts count for</source>
        <translation>小票有效期</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source>Manual points a day without a supervisor</source>
        <translation>无需主管的每日手工积分上限</translation>
    </message>
    <message>
        <source>Card reissue fee (¥)</source>
        <translation>补卡费（元）</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>在目录中</translation>
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
        <source>Add gift</source>
        <translation>添加礼品</translation>
    </message>
    <message>
        <source>Add the quantity to the picked gift&apos;s stock</source>
        <translation>将数量加入所选礼品库存</translation>
    </message>
    <message>
        <source>Take out of / back into the catalogue</source>
        <translation>移出 / 放回目录</translation>
    </message>
    <message>
        <source>Rewards catalogue</source>
        <translation>礼品目录</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Saved. The next receipt credited uses these rules.</source>
        <translation>已保存。下一张积分小票起按新规则计算。</translation>
    </message>
    <message>
        <source>Pick a gift in the list first.</source>
        <translation>请先在列表中选择一个礼品。</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Stock updated.</source>
        <translation>库存已更新。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No shift open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>Shift open since {time}</source>
        <translation>已开班（{time} 起）</translation>
    </message>
    <message>
        <source>Front Desk — {site}</source>
        <translation>服务台 — {site}</translation>
    </message>
    <message>
        <source>Visitor search</source>
        <translation>访客查询</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Check the &amp;database</source>
        <translation>检查数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Visitor search: phone, last four digits, name or a number</source>
        <translation>访客查询：手机号、尾号四位、姓名或单号</translation>
    </message>
    <message>
        <source>Desk: {desk}</source>
        <translation>服务台：{desk}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Front Desk</source>
        <translation>关于服务台(&amp;A)</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>当前用户：{name}</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>The database file is sound and the audit trail is unbroken.</source>
        <translation>数据库文件完好，审计日志链完整。</translation>
    </message>
    <message>
        <source>About Front Desk</source>
        <translation>关于服务台</translation>
    </message>
    <message>
        <source>Front Desk (服务台) — the service desk console of {site}.
Database: {path}</source>
        <translation>服务台 — {site} 的服务台工作台。
数据库：{path}</translation>
    </message>
</context>
<context>
    <name>ManualPointsDialog</name>
    <message>
        <source>Manual points</source>
        <translation>补录积分</translation>
    </message>
    <message>
        <source>e.g. receipt number missed at the till</source>
        <translation>例如：收银时漏积分的小票号</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Above {cap} points a day for one member, a supervisor signs off:</source>
        <translation>单个会员每日补录超过 {cap} 分，须主管签核：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&lt;h2&gt;Members&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;会员&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Card, mobile or name</source>
        <translation>会员卡、手机号或姓名</translation>
    </message>
    <message>
        <source>Scan the card, or type a mobile number or the start of a name</source>
        <translation>扫描会员卡，或输入手机号码、姓名开头</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Clear for the next customer</source>
        <translation>清空，接待下一位顾客</translation>
    </message>
    <message>
        <source>Card no.:</source>
        <translation>卡号：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>卡状态：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Points balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation>入会日期：</translation>
    </message>
    <message>
        <source>Any card</source>
        <translation>全部卡状态</translation>
    </message>
    <message>
        <source>&amp;Credit receipt</source>
        <translation>小票积分(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>退货(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Manual points</source>
        <translation>补录积分(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>兑换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lost card</source>
        <translation>挂失(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;issue</source>
        <translation>补办(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>积分明细(&amp;S)</translation>
    </message>
    <message>
        <source>Print c&amp;ard</source>
        <translation>打印会员卡(&amp;A)</translation>
    </message>
    <message>
        <source>Reveal &amp;phone…</source>
        <translation>查看完整电话(&amp;P)…</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>个人信息…</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Points by batch</source>
        <translation>分批积分</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No member chosen</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <source>Points redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Lost card</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Block card {card} now? It can never earn or redeem points again.</source>
        <translation>立即冻结会员卡 {card}？冻结后该卡将不能再积分或兑换。</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Personal data statement</source>
        <translation>个人信息清单</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Hand {tag} to the police</source>
        <translation>将 {tag} 移交派出所</translation>
    </message>
    <message>
        <source>Dispose of {tag}</source>
        <translation>处置 {tag}</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>接收民警：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>处置方式：</translation>
    </message>
    <message>
        <source>Police station:</source>
        <translation>派出所：</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>见证人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>OutstandingPage</name>
    <message>
        <source>&lt;h2&gt;Items out&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;未还物品&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reveal &amp;phone…</source>
        <translation>查看完整电话(&amp;P)…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Lent:</source>
        <translation>借出日期：</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>押金卡</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Items out: {count}; deposits held: {total}</source>
        <translation>未还物品：{count} 件；在押押金：{total}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Shops</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Lending</source>
        <translation>物品借还</translation>
    </message>
    <message>
        <source>Items out</source>
        <translation>未还物品</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Lendable items</source>
        <translation>借用物品</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>导购查询</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>收款与票据</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>投诉案件</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>问询服务</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>后台管理</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Enrol member</source>
        <translation>办理会员</translation>
    </message>
    <message>
        <source>Register found item</source>
        <translation>拾获登记</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <source>Lost reports</source>
        <translation>寻物登记</translation>
    </message>
    <message>
        <source>Paid services</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation>发票登记簿</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint summary</source>
        <translation>投诉汇总</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>First-aid kit</source>
        <translation>应急药品</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Held items</source>
        <translation>代保管</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
</context>
<context>
    <name>PagingPage</name>
    <message>
        <source>&lt;h2&gt;Paging broadcasts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;寻人寻物广播&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Who is paged, or what is looked for</source>
        <translation>寻找的人或物</translation>
    </message>
    <message>
        <source>Where to come</source>
        <translation>到何处</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>填入(&amp;F)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Record broadcast</source>
        <translation>登记广播(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>广播(&amp;P)</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>播报</translation>
    </message>
    <message>
        <source>times, every</source>
        <translation>次，间隔</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>申请人(&amp;B)</translation>
    </message>
    <message>
        <source>From anywhere</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Broadcast:</source>
        <translation>广播日期：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>{n} × every {m} min</source>
        <translation>{n} 次 × 每 {m} 分钟</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Whole &amp;month</source>
        <translation>整月(&amp;M)</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>New price in yuan, then Enter</source>
        <translation>输入新价格（元），按回车</translation>
    </message>
    <message>
        <source>Change &amp;price</source>
        <translation>调整价格(&amp;P)</translation>
    </message>
    <message>
        <source>Take off / put back on &amp;sale</source>
        <translation>停售 / 恢复销售(&amp;S)</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>新增服务</translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation>单位（中文）</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>单位（英文）</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>新增服务(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Price list&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;价目表&lt;/h2&gt;</translation>
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
        <source>Price history: %1</source>
        <translation>价格历史：%1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
</context>
<context>
    <name>PrinterBox</name>
    <message>
        <source>80 mm</source>
        <translation>80 毫米</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 毫米</translation>
    </message>
    <message>
        <source>Full cut</source>
        <translation>全切</translation>
    </message>
    <message>
        <source>Partial cut</source>
        <translation>半切</translation>
    </message>
    <message>
        <source>Print counter documents directly (no preview)</source>
        <translation>柜台单据直接打印（不预览）</translation>
    </message>
    <message>
        <source>Print single labels directly (no preview)</source>
        <translation>单个标签直接打印（不预览）</translation>
    </message>
    <message>
        <source>The printer draws QR codes itself</source>
        <translation>由打印机自行打印二维码</translation>
    </message>
    <message>
        <source>A cash drawer is connected to this printer</source>
        <translation>此打印机连接了钱箱</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>切纸</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>测试页已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>The printers of this desk ({desk}). With &apos;Print counter documents directly&apos; on, slips, receipts, tags, cards and shift reports go straight to the receipt printer; A4 documents still open in the preview.</source>
        <translation>本服务台（{desk}）的打印机。开启“柜台单据直接打印”后，押金卡、收据、标签、会员卡和交班报表直接从小票打印机打出；A4 单据仍先预览。</translation>
    </message>
    <message>
        <source>Open cash drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Printers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;打印机&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Why is the drawer opened?</source>
        <translation>为什么打开钱箱？</translation>
    </message>
    <message>
        <source>Drawer opened.</source>
        <translation>钱箱已打开。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>Note a &amp;missed hotline call…</source>
        <translation>登记未接热线(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;New quality check…</source>
        <translation>新建质检(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit the scoring &amp;sheet…</source>
        <translation>编辑评分表(&amp;S)…</translation>
    </message>
    <message>
        <source>Service &amp;targets…</source>
        <translation>服务目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Every quality check</source>
        <translation>全部质检记录</translation>
    </message>
    <message>
        <source>Your quality checks</source>
        <translation>我的质检记录</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>质检人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Service quality&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;服务质量&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Missed hotline call</source>
        <translation>未接热线</translation>
    </message>
    <message>
        <source>How many seconds did it ring before the caller hung up?</source>
        <translation>来电方挂断前响铃了多少秒？</translation>
    </message>
    <message>
        <source>Missed call noted ({n} s).</source>
        <translation>已登记未接来电（{n} 秒）。</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Please rate our service</source>
        <translation>请您对本次服务进行评价</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>No rating, thank you</source>
        <translation>不评价，谢谢</translation>
    </message>
    <message>
        <source>What was it about? (tap any)</source>
        <translation>您的评价是关于哪方面？（可多选）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RatingDesk</name>
    <message>
        <source>Key in the customer&apos;s spoken rating</source>
        <translation>代录顾客口头评价</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <source>As printed on the receipt</source>
        <translation>按小票上的内容填写</translation>
    </message>
    <message>
        <source>Amount in yuan, e.g. 268.00</source>
        <translation>金额（元），例如 268.00</translation>
    </message>
    <message>
        <source>S&amp;hop:</source>
        <translation>店铺(&amp;H)：</translation>
    </message>
    <message>
        <source>Receipt &amp;no.:</source>
        <translation>小票号(&amp;N)：</translation>
    </message>
    <message>
        <source>Receipt &amp;date:</source>
        <translation>小票日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>作废：%1</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>重印(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Receipts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;收据&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Print re&amp;gister</source>
        <translation>打印登记簿(&amp;G)</translation>
    </message>
    <message>
        <source>%1 receipts, %2 voided (%3). Total %4: %5</source>
        <translation>收据 %1 张，作废 %2 张（%3）。合计 %4：%5</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>Why is receipt %1 (%2) voided?</source>
        <translation>收据 %1（%2）作废原因？</translation>
    </message>
    <message>
        <source>Receipts register</source>
        <translation>收据登记簿</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>{name} — {points} points ({stock} in stock)</source>
        <translation>{name} — {points} 积分（库存 {stock}）</translation>
    </message>
    <message>
        <source>Points balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>礼品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Reissue card</source>
        <translation>补办会员卡</translation>
    </message>
    <message>
        <source>Check the customer&apos;s ID document: it must be the one enrolled with ({masked}).</source>
        <translation>请核验顾客证件：须为入会时登记的证件（{masked}）。</translation>
    </message>
    <message>
        <source>ID type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>补卡费：</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>支付方式(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The newest sound backup is:
{file}

Restoring puts it in place of the current database, which is kept aside as it is. Work done after the backup was taken is not in it.</source>
        <translation>最新的完好备份为：
{file}

恢复后它将取代当前数据库，当前数据库会原样另存。备份之后所做的工作不包含在其中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>How long records are kept</source>
        <translation>记录保存期限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message numerus="yes">
        <source>at least %n month(s)</source>
        <translation>
            <numerusform>至少 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Save periods</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Show what a purge would remove</source>
        <translation>查看清理将删除的内容</translation>
    </message>
    <message>
        <source>Archive and purge…</source>
        <translation>归档并清理…</translation>
    </message>
    <message>
        <source>Purge (only months exported and locked; archived first)</source>
        <translation>清理（仅限已导出并锁定的月份；先归档）</translation>
    </message>
    <message>
        <source>Purge up to and including</source>
        <translation>清理截至（含）</translation>
    </message>
    <message>
        <source>Mask phone numbers past their retention now</source>
        <translation>立即遮蔽超过保存期限的电话号码</translation>
    </message>
    <message>
        <source>Purges done</source>
        <translation>已完成的清理</translation>
    </message>
    <message>
        <source>receipt, slip, invoice or hand-over number</source>
        <translation>收据、押金单、发票或交款单号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Look up an archived record (read-only)</source>
        <translation>查找归档记录（只读）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>%1: up to %2, %3 rows into %4</source>
        <translation>%1：截至 %2，%3 行归入 %4</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Months: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>remove %n row(s) of %1</source>
        <translation>
            <numerusform>删除 %1 的 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mask %n phone number(s) on %1</source>
        <translation>
            <numerusform>遮蔽 %1 中的 %n 个电话号码</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for the purge.</source>
        <translation>没有需要清理的记录。</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>cash movements</source>
        <translation>现金收支</translation>
    </message>
    <message>
        <source>cash counts</source>
        <translation>现金清点</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>receipt lines</source>
        <translation>收据明细</translation>
    </message>
    <message>
        <source>voided receipts</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>loan returns</source>
        <translation>借用归还</translation>
    </message>
    <message>
        <source>refund and compensation vouchers</source>
        <translation>退款和赔偿凭证</translation>
    </message>
    <message>
        <source>hand-overs</source>
        <translation>交款</translation>
    </message>
    <message>
        <source>printed copies</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>inquiries counted</source>
        <translation>咨询计数</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>发票明细</translation>
    </message>
    <message>
        <source>invoice source receipts</source>
        <translation>开票来源小票</translation>
    </message>
    <message>
        <source>voided invoices</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>complaint cases</source>
        <translation>投诉案件</translation>
    </message>
    <message>
        <source>lost reports</source>
        <translation>失物登记</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n row(s) up to %1 into the read-only archive, then remove them from the desk&apos;s file? The audit trail keeps the proof.</source>
        <translation>
            <numerusform>将截至 %1 的 %n 行写入只读归档，然后从服务台数据文件中删除？审计记录会保留证明。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving and purging up to %1…</source>
        <translation>正在归档并清理截至 %1 的记录…</translation>
    </message>
    <message>
        <source>Purged; archived in %1.</source>
        <translation>已清理；归档于 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) masked.</source>
        <translation>
            <numerusform>已遮蔽 %n 个电话号码。</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone number is past its retention.</source>
        <translation>没有超过保存期限的电话号码。</translation>
    </message>
    <message>
        <source>There is no archive yet.</source>
        <translation>还没有归档文件。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Goods returned</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <source>Take back</source>
        <translation>办理归还</translation>
    </message>
    <message>
        <source>Yuan, e.g. 20.00</source>
        <translation>金额（元），例如 20.00</translation>
    </message>
    <message>
        <source>Shift lead&apos;s user name</source>
        <translation>领班用户名</translation>
    </message>
    <message>
        <source>Enter: take back and refund.  Esc: cancel.</source>
        <translation>Enter：收回物品并退押金。  Esc：取消。</translation>
    </message>
    <message>
        <source>Loan:</source>
        <translation>借用记录：</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>物品状况(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;mpensation:</source>
        <translation>赔偿金额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Above the deposit pai&amp;d by:</source>
        <translation>超出押金部分付款方式(&amp;D)：</translation>
    </message>
    <message>
        <source>Shift lead &amp;sign-off:</source>
        <translation>领班签核(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Slip {slip}: {item} {code}</source>
        <translation>押金卡 {slip}：{item} {code}</translation>
    </message>
    <message>
        <source>Borrower {phone} {name}</source>
        <translation>借用人 {phone} {name}</translation>
    </message>
    <message>
        <source>Deposit {deposit} by {method}; lent {lent}, due {due}</source>
        <translation>押金 {deposit}（{method}）；借出 {lent}，应还 {due}</translation>
    </message>
</context>
<context>
    <name>RevealPhoneDialog</name>
    <message>
        <source>Reveal phone</source>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>The full number is for calling the customer back. Your name and the reason are kept in the audit trail.</source>
        <translation>完整号码仅用于回电顾客。您的姓名和原因将记入审计记录。</translation>
    </message>
    <message>
        <source>e.g. calling back about the item found</source>
        <translation>例如：回电告知物品已找到</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>&amp;Show number</source>
        <translation>显示号码(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>&lt;h2&gt;Paid services&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;有偿服务&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Service code or row number, then Enter</source>
        <translation>输入服务代码或行号，按回车</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cash given (yuan)</source>
        <translation>顾客付现金（元）</translation>
    </message>
    <message>
        <source>&amp;Sell and print receipt (Ctrl+Enter)</source>
        <translation>收款并打印收据 Ctrl+Enter(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear (F6)</source>
        <translation>清空 F6(&amp;C)</translation>
    </message>
    <message>
        <source>Sell and print the receipt</source>
        <translation>收款并打印收据</translation>
    </message>
    <message>
        <source>Clear for the next customer</source>
        <translation>清空，接待下一位顾客</translation>
    </message>
    <message>
        <source>No service with code or number &quot;%1&quot;.</source>
        <translation>没有代码或序号为“%1”的服务。</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>应付：%1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>找零：%1</translation>
    </message>
    <message>
        <source>Not enough</source>
        <translation>金额不足</translation>
    </message>
    <message>
        <source>Receipt %1: %2 by %3.</source>
        <translation>收据 %1：%2，%3。</translation>
    </message>
    <message>
        <source>Give change: %1</source>
        <translation>找零：%1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
</context>
<context>
    <name>ServiceLevelPage</name>
    <message>
        <source>&lt;h2&gt;Service level&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;服务水平&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>全部服务台</translation>
    </message>
    <message>
        <source>All clerks</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>&amp;Print service level…</source>
        <translation>打印服务水平(&amp;P)…</translation>
    </message>
    <message>
        <source>Satisfied counts 非常满意 and 满意 among the customers&apos; own ratings; keyed and skipped ratings are counted apart. Hotline calls and complaints carry no desk: their figures are the site&apos;s or the clerk&apos;s.</source>
        <translation>满意率按顾客自评中的“非常满意”和“满意”计算；员工代录及未评价的另行统计。热线与投诉不分服务台，按全场或员工统计。</translation>
    </message>
    <message>
        <source>Customers&apos; own ratings</source>
        <translation>顾客自评</translation>
    </message>
    <message>
        <source>Keyed by the clerk, and skipped</source>
        <translation>员工代录及未评价</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Quality-check score by section (%)</source>
        <translation>质检各部分得分率（%）</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>评价原因</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Save site profile</source>
        <translation>保存场所资料</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>场所资料</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Language of documents and new users</source>
        <translation>单据和新用户的语言</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;设置&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <source>Lendable items</source>
        <translation>借用物品</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>拾得物品</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>导购</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Receipt printer test page…</source>
        <translation>小票打印机测试页…</translation>
    </message>
    <message>
        <source>A4 printer test page…</source>
        <translation>A4 打印机测试页…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Save this change?</source>
        <translation>保存此修改？</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Scoring sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item (Chinese)</source>
        <translation>项目（中文）</translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation>项目（英文）</translation>
    </message>
    <message>
        <source>What earns the points (Chinese)</source>
        <translation>得分标准（中文）</translation>
    </message>
    <message>
        <source>What earns the points (English)</source>
        <translation>得分标准（英文）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>添加一项(&amp;A)</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <source>Saving makes version {n}; checks already made keep the version they were made with. An item with no name is left out.</source>
        <translation>保存后为第 {n} 版；已做的质检保留当时的版本。未填名称的项目不保存。</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Open the shift: count the cash float</source>
        <translation>开班：清点备用金</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>开班(&amp;O)</translation>
    </message>
    <message>
        <source>Close the shift: count the cash in the drawer first</source>
        <translation>交班：请先清点钱箱现金</translation>
    </message>
    <message>
        <source>Close shift and print the report</source>
        <translation>交班并打印报表</translation>
    </message>
    <message>
        <source>&amp;Reason for the difference:</source>
        <translation>差异原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Counted: keep this count</source>
        <translation>已清点：保存本次清点(&amp;C)</translation>
    </message>
    <message>
        <source>Shifts of this desk (Enter shows the report)</source>
        <translation>本服务台的班次（按 Enter 查看交班报告）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shift at {desk}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{desk} 班次&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Only a shift lead or a supervisor counts the drawer and closes the shift.</source>
        <translation>只有领班或主管可以清点钱箱并交班。</translation>
    </message>
    <message>
        <source>Sign-off by another shift lead or supervisor (user, password):</source>
        <translation>由另一位领班或主管签核（用户名、密码）：</translation>
    </message>
    <message>
        <source>No shift is open. Count the float and open one.</source>
        <translation>尚未开班。请清点备用金后开班。</translation>
    </message>
    <message>
        <source>Shift open since {time} by {user}; float {float}.</source>
        <translation>{user} 于 {time} 开班；备用金 {float}。</translation>
    </message>
    <message>
        <source>A shift lead counts and closes.</source>
        <translation>由领班清点并交班。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>开班日期：</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>未交班</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>交班报告号</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>开班人</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>The drawer is exact.</source>
        <translation>钱箱现金账实相符。</translation>
    </message>
    <message>
        <source>Over by {amount}.</source>
        <translation>长款 {amount}。</translation>
    </message>
    <message>
        <source>Short by {amount}.</source>
        <translation>短款 {amount}。</translation>
    </message>
    <message>
        <source>Counted {counted}; expected {expected}. {verdict}</source>
        <translation>实点 {counted}；应有 {expected}。{verdict}</translation>
    </message>
    <message>
        <source>Count {n} at {time} by {user}: {counted}. {verdict}</source>
        <translation>第 {n} 次清点，{time}，{user}：{counted}。{verdict}</translation>
    </message>
    <message>
        <source>Still out and due back before closing:</source>
        <translation>尚未归还且须在闭店前归还的物品：</translation>
    </message>
    <message>
        <source>Shift report {number}</source>
        <translation>交班报表 {number}</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Add a shop</source>
        <translation>新增店铺</translation>
    </message>
    <message>
        <source>Edit shop {name}</source>
        <translation>编辑店铺 {name}</translation>
    </message>
    <message>
        <source>(no floor)</source>
        <translation>（无楼层）</translation>
    </message>
    <message>
        <source>Required, e.g. 星巴克</source>
        <translation>必填，例如 星巴克</translation>
    </message>
    <message>
        <source>e.g. Starbucks</source>
        <translation>例如 Starbucks</translation>
    </message>
    <message>
        <source>e.g. L2-015</source>
        <translation>例如 L2-015</translation>
    </message>
    <message>
        <source>e.g. 021-12345678</source>
        <translation>例如 021-12345678</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>铺位号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>业态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>This shop is closed. Reopen it from the list.</source>
        <translation>该店铺已停业。可在列表中重新开业。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <source>&lt;h2&gt;Shops&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;店铺&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search by name, unit, floor or category (Ctrl+F)</source>
        <translation>按名称、铺位号、楼层或业态搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Include c&amp;losed shops</source>
        <translation>包括已停业店铺(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Clo&amp;se shop</source>
        <translation>设为停业(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>铺位号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>营业</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>停业</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>新增商铺</translation>
    </message>
    <message>
        <source>1 shop</source>
        <translation>1 家店铺</translation>
    </message>
    <message>
        <source>{count} shops</source>
        <translation>{count} 家店铺</translation>
    </message>
    <message>
        <source>&amp;Reopen shop</source>
        <translation>重新开业(&amp;R)</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Close {shop}? It will no longer be offered when choosing a shop; its history stays and it can be reopened.</source>
        <translation>将 {shop} 设为停业？选择店铺时将不再列出它；历史记录保留，之后可重新开业。</translation>
    </message>
    <message>
        <source>Import shops from a CSV file</source>
        <translation>从 CSV 文件导入店铺</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Shops added: {added}
Shops updated: {updated}
Unchanged: {unchanged}</source>
        <translation>新增店铺：{added}
更新店铺：{updated}
未变化：{unchanged}</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>未使用的列：{columns}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Opens the record of any slip, item, card, tag, receipt, invoice, case or lost report, from any page</source>
        <translation>在任何页面扫押金卡、物品、会员卡、标签、收据、发票、案件或寻物登记，即打开该记录</translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation>Enter / Esc</translation>
    </message>
    <message>
        <source>Confirm / cancel the form in view</source>
        <translation>确认 / 取消当前表单</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Front Desk — sign in</source>
        <translation>服务台 — 登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>The claimant signs here with the mouse, a finger or a pen</source>
        <translation>认领人请用鼠标、手指或手写笔在此签名</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Welcome to Front Desk</source>
        <translation>欢迎使用服务台</translation>
    </message>
    <message>
        <source>Tell the desk where it works. Everything here can be changed later by an admin.</source>
        <translation>请填写服务台所在场所的资料。以后管理员可随时修改。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>This desk&apos;s code</source>
        <translation>本服务台代码</translation>
    </message>
    <message>
        <source>This desk&apos;s Chinese name</source>
        <translation>本服务台中文名称</translation>
    </message>
    <message>
        <source>This desk&apos;s English name</source>
        <translation>本服务台英文名称</translation>
    </message>
    <message>
        <source>Shopping mall</source>
        <translation>购物中心</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>e.g. 星光广场 Starlight Plaza</source>
        <translation>例如：星光广场 Starlight Plaza</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>The counter this computer serves (e.g. main, north, car-park): its shifts, cash drawer and hand-overs are this desk&apos;s.</source>
        <translation>本电脑服务的柜台（例如 main、north、car-park）：班次、钱箱和交款均属于此服务台。</translation>
    </message>
</context>
<context>
    <name>SpokenRatingDialog</name>
    <message>
        <source>Customer&apos;s rating</source>
        <translation>顾客评价</translation>
    </message>
    <message>
        <source>What did the customer say about {service} {reference}?</source>
        <translation>顾客对{service} {reference} 的评价是？</translation>
    </message>
    <message>
        <source>0  No rating (the customer left)</source>
        <translation>0  未评价（顾客已离开）</translation>
    </message>
    <message>
        <source>Keyed ratings are reported apart from the customer&apos;s own.</source>
        <translation>员工代录的评价与顾客自评分开统计。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Service targets</source>
        <translation>服务目标</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;用户&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New role for {name}</source>
        <translation>{name} 的新角色</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>{name} 的新密码</translation>
    </message>
</context>
<context>
    <name>VisitorResultDialog</name>
    <message>
        <source>Visitor search</source>
        <translation>访客查询</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Open page</source>
        <translation>打开页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>收回(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt;: {state}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt;：{state}</translation>
    </message>
    <message>
        <source>visitor {phone}</source>
        <translation>访客 {phone}</translation>
    </message>
    <message>
        <source>Nothing at the desk for {phone}.</source>
        <translation>服务台没有 {phone} 的记录。</translation>
    </message>
    <message>
        <source>Everything for &lt;b&gt;{phone}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{phone}&lt;/b&gt; 的全部记录</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} 积分</translation>
    </message>
    <message>
        <source>{when}, due {due}</source>
        <translation>{when}，应还 {due}</translation>
    </message>
</context>
<context>
    <name>VisitorSearchBox</name>
    <message>
        <source>Visitor search: phone or its last 4 digits, name, card, slip, tag, receipt or case number (Ctrl+K)</source>
        <translation>访客查询：手机号或尾号四位、姓名、会员卡、押金卡、标签、收据或案件编号（Ctrl+K）</translation>
    </message>
    <message>
        <source>Visitor search</source>
        <translation>访客查询</translation>
    </message>
    <message>
        <source>No visitor matches {text}.</source>
        <translation>没有与 {text} 相符的访客。</translation>
    </message>
    <message>
        <source>{name}  {phone}  last seen {when}</source>
        <translation>{name}  {phone}  最近一次 {when}</translation>
    </message>
    <message>
        <source>Which visitor?</source>
        <translation>是哪一位访客？</translation>
    </message>
</context>
<context>
    <name>VoucherPanel</name>
    <message>
        <source>Returned loan</source>
        <translation>已归还的借用</translation>
    </message>
    <message>
        <source>No voucher was issued for this return.</source>
        <translation>这次归还没有开出凭证。</translation>
    </message>
    <message>
        <source>Re&amp;print voucher</source>
        <translation>重打凭证(&amp;P)</translation>
    </message>
    <message>
        <source>Enter: reprint the chosen voucher.  Esc: next customer.</source>
        <translation>Enter：重打选中的凭证。  Esc：下一位顾客。</translation>
    </message>
    <message>
        <source>Slip {slip}: {item} {code}</source>
        <translation>押金卡 {slip}：{item} {code}</translation>
    </message>
    <message>
        <source>Back {at} ({condition}); refund {refund}, compensation {charge}.</source>
        <translation>{at} 归还（{condition}）；退款 {refund}，赔偿 {charge}。</translation>
    </message>
    <message>
        <source>{number}  {kind}  {amount}  {method}</source>
        <translation>{number}  {kind}  {amount}  {method}</translation>
    </message>
</context>
</TS>
