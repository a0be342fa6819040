#pragma once

#include "services/network/ApiError.h"

#include <optional>
#include <utility>
#include <variant>

// Either the value of a service call or the one error type.
template <typename T> class ApiResult
{
public:
    ApiResult(T value) : m_state(std::move(value)) {}
    ApiResult(ApiError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

    // Carry an error over to a result of another type.
    template <typename U> ApiResult<U> errorAs() const { return ApiResult<U>(error()); }

private:
    std::variant<T, ApiError> m_state;
};

template <> class ApiResult<void>
{
public:
    ApiResult() = default;
    ApiResult(ApiError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

private:
    std::optional<ApiError> m_error;
};
