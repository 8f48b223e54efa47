<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Common</name>
    <message>
        <source>Front Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This database ({path}) was written by a newer version of Front Desk (schema {found}; this program knows up to {supported}). Please update Front Desk; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Front Desk database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema {version} failed ({cause}); the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened as a database: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports the file damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was tampered with at row {row} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found-item tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding or reversing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forfeiting deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting cash and closing shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing the daily ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handing income over to finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning and closing complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual points above the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly finance export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locking a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocking a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is a mall or a clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: {lang}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: {tz}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax ID must be an 18-character unified social credit code with a correct check character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} more minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Shops</source>
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
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
