// A C++ program that includes the installed header and answers a request through
// sef_evaluate_json: the header compiles as C++17 with every warning an error.
#include <sefidelity.h>

#include <cstdio>
#include <string>

int main() {
    const std::string request =
        R"({"operation":"review","scale":"ips-25-uk","evidence":{"1":{"value":22},"7":{"rating":4}}})";
    sef_response *response = nullptr;
    const sef_result result =
        sef_evaluate_json(reinterpret_cast<const uint8_t *>(request.data()), request.size(), &response);
    const std::string text(sef_response_json(response), sef_response_len(response));
    sef_response_free(response);
    if (result != SEF_OK || text.find("\"total\":8") == std::string::npos) {
        std::fprintf(stderr, "unexpected answer %u: %s\n", static_cast<unsigned>(result), text.c_str());
        return 1;
    }
    std::printf("C++: %s\n", text.substr(0, 60).c_str());
    return 0;
}
