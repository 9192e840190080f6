/* The 组织 commands: term (换届), document (文书档案), submission (报送). */
#ifndef ZHIBU_ORG_CLI_H
#define ZHIBU_ORG_CLI_H

struct cli;

int cmd_term(struct cli *cli, int argc, char **argv);
int cmd_document(struct cli *cli, int argc, char **argv);
int cmd_submission(struct cli *cli, int argc, char **argv);
int report_documents(struct cli *cli, int argc, char **argv);

#endif
