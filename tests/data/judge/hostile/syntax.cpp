// Control: a compile error; the compiler's message must reach the user.
int main() { return missing_name_marker; }
