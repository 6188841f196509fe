// Compile bomb: the preprocessor reads an endless device. CE, quickly.
#include "/dev/urandom"
int main() {}
